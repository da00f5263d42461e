// In a function callback of setImmediate, `this` is the Immediate object.
const im = setImmediate(function () {
  console.log('this is the immediate:', this === im);
  console.log('constructor:', this.constructor.name);
});
