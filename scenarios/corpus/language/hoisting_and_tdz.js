console.log(typeof hoisted, hoisted());
function hoisted() { return 'works'; }
console.log(v);
var v = 5;
try {
  console.log(t);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
let t = 1;
try {
  const k = 1;
  k = 2;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
