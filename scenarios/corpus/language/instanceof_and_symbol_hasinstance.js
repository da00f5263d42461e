class Even {
  static [Symbol.hasInstance](n) { return typeof n === 'number' && n % 2 === 0; }
}
console.log(2 instanceof Even, 3 instanceof Even, '2' instanceof Even);
const Truthy = { [Symbol.hasInstance]: (v) => !!v };
console.log(1 instanceof Truthy, 0 instanceof Truthy);
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object);
function F() {}
const f = new F();
F.prototype = {};
console.log('after replacing prototype:', f instanceof F);
const bound = A.bind(null);
console.log('bound uses target:', b instanceof bound, new bound() instanceof A);
try { b instanceof {}; } catch (e) { console.log(e.name, e.message); }
try { b instanceof (() => {}); } catch (e) { console.log(e.name, e.message); }
console.log(Object.create(null) instanceof Object, [] instanceof Array, [] instanceof Object);
console.log(null instanceof Object, 'str' instanceof String, new String('s') instanceof String);
const Coerced = { [Symbol.hasInstance]() { return 'yes'; } };
console.log('result coerced to boolean:', ({}) instanceof Coerced);
const proto = {};
const obj = Object.create(Object.create(proto));
const Ctor = function () {};
Ctor.prototype = proto;
console.log('deep chain:', obj instanceof Ctor);
