const counter = (function () {
  let count = 0;
  return { next: () => ++count };
})();
counter.next();
console.log(counter.next());
const result = ((a) => (b) => (c) => a + b + c)(1)(2)(3);
console.log(result);
!function () { console.log('bang iife'); }();
