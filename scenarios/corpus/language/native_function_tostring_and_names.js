console.log(Math.max.toString());
console.log(String(Array), `${Object.keys}`);
console.log(Function.prototype.toString.call(Symbol), JSON.parse.toString());
console.log(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.toString());
console.log(Array.prototype[Symbol.iterator].toString(), Array.prototype.values === Array.prototype[Symbol.iterator]);
console.log(Math.max.name, Math.max.length, Array.prototype.push.length, parseInt.name, JSON.stringify.length);
console.log(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.name, Date.prototype[Symbol.toPrimitive].name);
console.log(typeof Function.prototype.toString.call(class {}), typeof Function.prototype.toString.call(() => 1));
for (const bad of [{}, 'str', null]) {
  try { Function.prototype.toString.call(bad); } catch (e) { console.log(e.name, e.message); }
}
function named() {}
const anon = function () {};
const arrow = () => {};
class K { static m() {} get g() { return 1; } }
console.log(named.name, anon.name, arrow.name, K.name, K.m.name, Object.getOwnPropertyDescriptor(K.prototype, 'g').get.name);
console.log((function () {}).name === '', (() => {}).name === '', named.bind(null).name);
const sym = Symbol('desc');
const o = { [sym]() {}, [Symbol()]() {}, 'with space'() {} };
console.log(Object.getOwnPropertySymbols(o).map((s) => o[s].name), o['with space'].name);
