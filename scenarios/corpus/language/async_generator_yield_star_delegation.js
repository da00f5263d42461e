const log = [];
async function* inner() {
  try {
    yield 'a';
    await null;
    yield 'b';
    return 'inner-result';
  } finally {
    log.push('inner finally');
  }
}
async function* outer() {
  const r = yield* inner();
  log.push('got ' + r);
  yield* ['x', 'y'];
  yield 'last';
}
async function* thrower() {
  try { yield* inner(); } catch (e) { log.push('outer caught ' + e.message); yield 'recovered'; }
}
(async () => {
  for await (const v of outer()) log.push(v);
  const g = outer();
  log.push(JSON.stringify(await g.next()));
  log.push(JSON.stringify(await g.return('early')));
  log.push(JSON.stringify(await g.next()));
  const t = thrower();
  await t.next();
  log.push(JSON.stringify(await t.throw(new Error('boom'))));
  console.log(log.join('\n'));
})();
Promise.resolve().then(() => log.push('tick1')).then(() => log.push('tick2')).then(() => log.push('tick3'));
