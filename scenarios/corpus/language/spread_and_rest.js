function sum(...nums) {
  let total = 0;
  for (const n of nums) total += n;
  return total;
}
const arr = [1, 2, 3];
console.log(sum(...arr, 4, ...[5, 6]));
const merged = { ...{ a: 1, b: 2 }, b: 3, ...{ c: 4 } };
console.log(merged);
const copy = [...arr, ...'hi'];
console.log(copy.length, copy[3], copy[4]);
