const values = [0, 1, -1.5, 1.005, 1.45, 2.5, 123.456, 0.000001234, 1e21, 98765.4321, -0.0001];
for (const v of values) {
  console.log(v, v.toFixed(2), v.toFixed(0), v.toPrecision(3), v.toExponential(2));
}
console.log((1.23e-10).toFixed(5), (1e21).toFixed(2), (0.5).toFixed(0), (1.5).toFixed(0), (-0.5).toFixed(0));
console.log((123.456).toPrecision(1), (123.456).toPrecision(10), (0.00001).toPrecision(1), (1e-7).toPrecision(2));
console.log((5).toExponential(), (0).toExponential(), (123456).toExponential(), (-1.5e-9).toExponential(3));
for (const [fn, arg] of [['toFixed', 101], ['toPrecision', 0], ['toExponential', -1]]) {
  try { (1)[fn](arg); } catch (e) { console.log(fn, e.name, e.message); }
}
console.log(NaN.toFixed(2), Infinity.toPrecision(3), (-Infinity).toExponential(1));
console.log((25).toString().length, (0.1).toFixed(20), (2 ** 60).toFixed(0));
