class A {}
console.log(typeof Function.prototype[Symbol.hasInstance], A[Symbol.hasInstance](new A()));
