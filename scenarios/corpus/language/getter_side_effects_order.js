const log = [];
const o = {
  get a() { console.log('get a'); return 1; },
  get b() { console.log('get b'); return 2; },
};
const { b, a } = o;
console.log(a + b);
function order(x, y, z) { return x + y + z; }
console.log(order((console.log('arg1'), 1), (console.log('arg2'), 2), (console.log('arg3'), 3)));
