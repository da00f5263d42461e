const f = function inner() {
  inner = 'reassigned?';
  return typeof inner;
};
console.log('sloppy assignment ignored:', f());
const g = function strictInner() {
  'use strict';
  try { strictInner = 1; } catch (e) { return e.name + ': ' + e.message; }
  return 'no error';
};
console.log(g());
console.log(typeof inner, typeof strictInner);
const fact = function self(n) { return n <= 1 ? 1 : n * self(n - 1); };
const alias = fact;
console.log(alias(5), fact.name);
const shadow = function named() { var named = 'local var'; return named; };
console.log(shadow());
const param = function p(p) { return p; };
console.log(param('param wins'));
const obj = { method: function methodName() { return typeof methodName; } };
console.log(obj.method(), obj.method.name);
const arrowName = () => {};
const assigned = function () {};
let later;
later = function () {};
const { destructured = function () {} } = {};
console.log(arrowName.name, assigned.name, later.name, destructured.name);
const holder = {};
holder.prop = function () {};
console.log(JSON.stringify(holder.prop.name), (0, function () {}).name === '');
const classExpr = class Named { who() { return Named.name; } };
console.log(new classExpr().who(), typeof Named);
