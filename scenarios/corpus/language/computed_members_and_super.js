const methodName = 'dynamicMethod';
class A {
  [methodName]() { return 'A.' + methodName; }
  static ['static' + 'Thing']() { return 'static!'; }
}
class B extends A {
  [methodName]() { return super[methodName]() + ' via B'; }
}
console.log(new B().dynamicMethod(), A.staticThing());
const base = { greet() { return 'base greet'; } };
const obj = { __proto__: base, greet() { return super.greet() + ' + obj'; } };
console.log(obj.greet());
