async function* source() {
  try {
    yield 'a';
    await null;
    yield 'b';
    yield 'c';
  } catch (e) {
    console.log('source caught', e);
    yield 'recovered';
  } finally {
    console.log('source finally');
  }
}
async function main() {
  const it = source();
  console.log(await it.next());
  console.log(await it.throw('boom'));
  console.log(await it.next());
  console.log(await it.next());
  const it2 = source();
  console.log(await it2.next());
  console.log(await it2.return('early'));
  console.log(await it2.next());
  const it3 = source();
  console.log('return before start', await it3.return(Promise.resolve('awaited value')));
  const it4 = source();
  try { await it4.throw(new Error('not started')); } catch (e) { console.log('rejected', e.message); }
  const it5 = source();
  const all = await Promise.all([it5.next(), it5.next(), it5.return('r'), it5.next()]);
  console.log(all);
  console.log(typeof it5[Symbol.asyncIterator], it5[Symbol.asyncIterator]() === it5);
}
main();
