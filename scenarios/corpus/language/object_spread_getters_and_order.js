const src = { b: 1, a: 2, 10: 'ten', 2: 'two', get g() { return 'computed'; } };
const copy = { ...src };
console.log(copy);
const order = {};
order.z = 1; order[5] = 2; order.y = 3; order[1] = 4;
let keys = '';
for (const k in order) keys += k + ' ';
console.log(keys);
