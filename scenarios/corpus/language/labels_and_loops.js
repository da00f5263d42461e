outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log(i, j);
  }
}
let n = 0;
do { n++; } while (n < 5);
console.log('n', n);
let w = 10;
while (w > 0) { w -= 3; }
console.log('w', w);
block: {
  console.log('in block');
  break block;
}
