const people = [
  { name: 'Ann', age: 30 }, { name: 'Bob', age: 25 }, { name: 'Cid', age: 30 },
  { name: 'Dee', age: 25 }, { name: 'Eve', age: 35 }, { name: 'Fay', age: 30 },
];
console.log(people.slice().sort((a, b) => a.age - b.age).map((p) => p.name).join(' '));
console.log(people.slice().sort((a, b) => b.age - a.age).map((p) => p.name).join(' '));
console.log([10, 1, 5, 100, 25].sort(), [10, 1, 5, 100, 25].sort((a, b) => a - b));
console.log(['b', 'a', 'C', 'B', 'c', 'A'].sort(), ['é', 'e', 'z', 'a'].sort());
console.log([3, undefined, 1, , 2].sort(), [undefined, 3, null, 1].sort((a, b) => a - b));
console.log([true, false, true].sort(), [-1, -10, 2, 0, -0].sort((a, b) => a - b));
const arr = [5, 4, 3];
console.log(arr.sort() === arr, arr);
const byKeys = [['b', 2], ['a', 2], ['c', 1], ['a', 1]];
byKeys.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
console.log(byKeys.map((p) => p.join('')).join(','));
const big = Array.from({ length: 50 }, (_, i) => ({ key: i % 3, i }));
const stable = big.sort((a, b) => a.key - b.key).every((v, idx, a) => idx === 0 || a[idx - 1].key < v.key || a[idx - 1].i < v.i);
console.log('stable for 50 items:', stable);
console.log(['10', '9', '1'].sort((a, b) => a.localeCompare === undefined ? 0 : Number(a) - Number(b)));
console.log([3, 2, 1].sort(() => 0), ['x'].sort((a, b) => { throw new Error('not called'); }));
