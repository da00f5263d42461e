// In a function callback, `this` is the Timeout object that setTimeout returned.
const t = setTimeout(function () {
  console.log('this is the timeout:', this === t);
  console.log('hasRef on this:', this.hasRef());
}, 5);
const i = setInterval(function () {
  console.log('this is the interval:', this === i);
  clearInterval(this);
}, 5);
