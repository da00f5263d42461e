function bubble(a) {
  const arr = [...a];
  for (let i = 0; i < arr.length; i++) {
    for (let j = 0; j < arr.length - 1 - i; j++) {
      if (arr[j] > arr[j + 1]) [arr[j], arr[j + 1]] = [arr[j + 1], arr[j]];
    }
  }
  return arr;
}
const sorted = bubble([5, 3, 8, 1, 9, 2]);
let s = '';
for (const n of sorted) s += n + ' ';
console.log(s);
