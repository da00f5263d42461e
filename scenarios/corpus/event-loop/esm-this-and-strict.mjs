// A module body is strict code whose this is undefined and which has no arguments object.
console.log(this, typeof arguments);
try {
  undeclaredVariable = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log((function () { return this; })());
