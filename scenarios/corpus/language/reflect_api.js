const target = { a: 1 };
console.log(Reflect.has(target, 'a'), Reflect.get(target, 'a'));
Reflect.set(target, 'b', 2);
console.log(target);
console.log(Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }));
class Base { constructor(v) { this.v = v; } }
const inst = Reflect.construct(Base, [7]);
console.log(inst, inst instanceof Base);
console.log(Reflect.apply(function (x) { return this.k + x; }, { k: 10 }, [5]));
console.log(Reflect.getPrototypeOf(inst) === Base.prototype);
