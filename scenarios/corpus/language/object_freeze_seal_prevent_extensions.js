'use strict';
function attempt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.message); }
}
const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
attempt('write frozen', () => { frozen.a = 2; });
console.log('Reflect.set adds to frozen:', Reflect.set(frozen, 'c', 3), 'c' in frozen);
attempt('delete from frozen', () => { delete frozen.a; });
attempt('nested is not frozen', () => { frozen.nested.b = 20; });
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.nested));
const sealed = Object.seal({ a: 1 });
attempt('write sealed', () => { sealed.a = 2; });
console.log('Reflect.set adds to sealed:', Reflect.set(sealed, 'b', 2), Reflect.defineProperty(sealed, 'b', { value: 1 }));
attempt('delete sealed', () => { delete sealed.a; });
console.log(sealed, Object.isSealed(sealed), Object.isFrozen(sealed));
const fixed = Object.preventExtensions({ a: 1 });
console.log('add to non-extensible:', Reflect.set(fixed, 'b', 1), Object.keys(fixed));
attempt('delete from non-extensible', () => { delete fixed.a; });
console.log(fixed, Object.isExtensible(fixed));
const arr = Object.freeze([1, 2, 3]);
attempt('push frozen array', () => { arr.push(4); });
console.log('index write frozen array:', Reflect.set(arr, 0, 9), arr[0]);
console.log(arr, Object.isFrozen('primitive'), Object.freeze(5));
console.log(Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})), Object.isSealed(Object.freeze({})));
