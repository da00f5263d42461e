const o = {};
Object.defineProperty(o, 'hidden', { value: 1 });
Object.defineProperty(o, 'shown', { value: 2, enumerable: true });
Object.defineProperties(o, { a: { value: 'a', enumerable: true, writable: true }, b: { get() { return 'b'; }, enumerable: false } });
console.log(Object.keys(o), Object.getOwnPropertyNames(o), o.b);
console.log(Object.getOwnPropertyDescriptor(o, 'hidden'));
console.log(Object.getOwnPropertyDescriptors({ x: 1, get y() { return 2; } }));
o.hidden = 100;
console.log('non-writable ignored in sloppy:', o.hidden);
try { Object.defineProperty(o, 'hidden', { value: 3 }); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(o, 'x', { value: 1, get() {} }); } catch (e) { console.log(e.name, e.message); }
console.log(Object.entries({ b: 2, a: 1, 1: 'one', 0: 'zero' }));
console.log(Object.values('hi'), Object.fromEntries([['k', 'v'], ['n', 1]]), Object.fromEntries(new Map([['m', true]])));
console.log(Object.assign({ a: 1 }, null, { b: 2 }, 'xy', undefined, [9]));
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a'));
const sym = Symbol('s');
console.log(Object.getOwnPropertySymbols({ [sym]: 1, plain: 2 }), Object.keys({ [sym]: 1 }));
console.log(Object.hasOwn({ own: 1 }, 'own'), Object.hasOwn(Object.create({ inherited: 1 }), 'inherited'));
console.log(Object.keys([4, 5]), Object.entries('ab'));
const ordered = { z: 1, 10: 'ten', 2: 'two', a: 2, [Symbol('s')]: 3, '-1': 'neg' };
console.log(Reflect.ownKeys(ordered).map(String));
