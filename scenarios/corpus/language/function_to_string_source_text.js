function f(a,  b) { return a + b }
const g = async (x) => x * 2;
class K extends Object { constructor() { super() } m() { return 1 } static s() {} }
const o = { method() {}, get p() { return 1 } };
console.log([f, g, K, K.prototype.m, K.s, o.method, Object.getOwnPropertyDescriptor(o, "p").get, function* gen() {}].map(String).join("\n"));
console.log(String(Math.max), String(function () {}.bind(null)));
