const log = (...a) => console.log(...a);
async function fails(msg) { await null; throw new Error(msg); }
async function main() {
  try {
    log('before await');
    await fails('first');
    log('not reached');
  } catch (e) {
    log('caught', e.message);
    await null;
    log('still in catch after await');
  } finally {
    log('finally start');
    await Promise.resolve();
    log('finally after await');
  }
  try {
    try {
      await Promise.reject(new TypeError('inner'));
    } finally {
      log('inner finally runs before outer catch');
    }
  } catch (e) {
    log('outer caught', e.name, e.message);
  }
  const r = await (async () => {
    try { return await fails('returned-await'); }
    catch (e) { return 'recovered ' + e.message; }
  })();
  log(r);
  const r2 = await (async () => {
    try { return 'from try'; } finally { await null; log('finally awaited before returning'); }
  })();
  log(r2);
  return 'done';
}
main().then(log);
Promise.resolve().then(() => log('tick 1')).then(() => log('tick 2')).then(() => log('tick 3'));
log('sync end');
