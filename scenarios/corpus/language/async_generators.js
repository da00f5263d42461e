async function* ticker(n) {
  for (let i = 0; i < n; i++) {
    await null;
    yield i;
  }
}
(async () => {
  let seen = '';
  for await (const t of ticker(4)) seen += t;
  console.log('seen', seen);
  const it = ticker(2);
  console.log(await it.next(), await it.next(), await it.next());
})();
