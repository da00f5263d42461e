class Point { constructor() { this.x = 1; this.y = 2; } }
class Empty {}
class WithTag { get [Symbol.toStringTag]() { return 'Tagged'; } }
class Sub extends Point { z = 3; }
console.log(new Point(), new Empty(), new WithTag(), new Sub());
console.log([new Point()], { p: new Empty() });
class Accessors { #hidden = 1; visible = 2; get computed() { return 3; } static s = 4; }
console.log(new Accessors(), Accessors);
const anon = new (class {})();
console.log(anon, Object.getPrototypeOf(anon).constructor.name === '');
const obj = Object.create({ inherited: 1 });
obj.own = 2;
console.log(obj);
const nullProto = Object.create(null);
nullProto.k = 'v';
console.log(nullProto, [nullProto]);
function OldStyle() { this.a = 1; }
OldStyle.prototype.method = function () {};
console.log(new OldStyle());
const tagged = { [Symbol.toStringTag]: 'Custom', data: 1 };
console.log(tagged);
class Named { static name = 'Renamed'; }
console.log(new Named(), Named);
const errLike = Object.create(Error.prototype);
console.log(Object.prototype.toString.call(errLike));
class ArrayChild extends Array {}
console.log(ArrayChild.from([1]), new (class Boxed extends Map {})([[1, 2]]));
