// Finds where util.inspect switches from one line to several: print one object per width.
for (let n = 9; n <= 13; n++) {
  console.log({ first: 'a'.repeat(n), second: 'b'.repeat(n), third: 'c'.repeat(n) });
}
for (let n = 55; n <= 62; n++) {
  console.log({ only: 'x'.repeat(n) });
}
for (let n = 5; n <= 9; n++) {
  console.log(['p'.repeat(n), 'q'.repeat(n), 'r'.repeat(n), 's'.repeat(n), 't'.repeat(n), 'u'.repeat(n)]);
}
for (let n = 1; n <= 4; n++) {
  console.log({ outer: { a: 'i'.repeat(n * 4), b: 'j'.repeat(n * 4) }, list: ['k'.repeat(n * 3), 'l'.repeat(n * 3)] });
}
console.log('label text that is long enough to matter:', { a: 'aaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbb' });
console.log([[['x'.repeat(30), 'y'.repeat(30)]]], { deep: { deeper: ['z'.repeat(25), 'w'.repeat(25)] } });
