async function* gen() {
  console.log('gen start');
  yield 'one';
  console.log('gen middle');
  yield 'two';
  console.log('gen end');
}
(async () => {
  for await (const v of gen()) console.log('got', v);
  console.log('loop done');
})();
Promise.resolve().then(() => console.log('interleaved 1')).then(() => console.log('interleaved 2'));
console.log('sync done');
