console.log(typeof f, typeof g, typeof v);
var v = 1;
function f() { return 'f1'; }
var g = function () { return 'g'; };
console.log(typeof f, typeof g, v);
function f() { return 'f2'; }
console.log(f());
var f;
console.log(typeof f, f());
var dup = 'first';
var dup;
console.log(dup);
function outer() {
  console.log('inner before:', typeof inner, x);
  var x = 10;
  function inner() { return x; }
  console.log('inner after:', inner());
  if (false) { var never = 1; }
  console.log('never:', never);
  for (var i = 0; i < 3; i++) {}
  console.log('loop var leaks:', i);
}
outer();
var shadow = 'global';
function shadowing() {
  console.log('shadow:', shadow);
  var shadow = 'local';
  return shadow;
}
console.log(shadowing(), shadow);
console.log('v' in globalThis, globalThis.v, 'dup' in globalThis);
function namedParam(a) {
  var a;
  console.log('param kept:', a);
  function a() {}
  console.log('function wins:', typeof a);
}
namedParam(5);
