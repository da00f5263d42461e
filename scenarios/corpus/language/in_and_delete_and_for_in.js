const o = { a: 1, b: 2, c: 3 };
delete o.b;
console.log('a' in o, 'b' in o, o);
let keys = '';
for (const k in o) keys += k;
console.log(keys);
class P { constructor() { this.own = 1; } }
P.prototype.inherited = 2;
let all = '';
for (const k in new P()) all += k + ' ';
console.log(all);
const arr = ['x', 'y'];
let idx = '';
for (const i in arr) idx += i + typeof i + ' ';
console.log(idx);
