function plain(a, b) { return a + b; }
console.log(plain.toString());
const arrow = (x) => x * 2;
console.log(String(arrow));
const asyncArrow = async (y) => { await y; };
console.log(`${asyncArrow}`);
function* gen() { yield 1; }
console.log(gen.toString());
class Klass {
  constructor() { this.a = 1; }
  method() { return 'm'; }
  static s() {}
  get g() { return 1; }
}
console.log(Klass.toString());
console.log(Klass.prototype.method.toString(), Klass.s.toString());
console.log(Object.getOwnPropertyDescriptor(Klass.prototype, 'g').get.toString());
const obj = { shorthand() { /* comment kept */ return 1; }, ['comp' + 'uted']() {} };
console.log(obj.shorthand.toString(), obj.computed.toString());
console.log(Math.max.toString(), Function.prototype.toString.call(Array));
console.log(plain.bind(null).toString());
console.log(typeof Function.prototype.toString.call(class {}));
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.name, e.message); }
