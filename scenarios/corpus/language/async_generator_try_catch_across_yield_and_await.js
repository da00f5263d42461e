async function* worker(log) {
  try {
    log.push('start');
    const a = yield 'first';
    log.push('received ' + a);
    await Promise.reject(new Error('await failed'));
  } catch (e) {
    log.push('caught ' + e.message);
    try {
      yield 'from catch';
    } catch (inner) {
      log.push('inner caught ' + inner);
      yield 'after inner catch';
    }
  } finally {
    log.push('finally');
  }
  return 'end';
}
async function main() {
  const log = [];
  const it = worker(log);
  console.log(await it.next('ignored'));
  console.log(await it.next('A'));
  console.log(await it.throw('thrown in'));
  console.log(await it.next());
  console.log(await it.next());
  console.log(log);
  const log2 = [];
  const it2 = worker(log2);
  await it2.next();
  await it2.next('B');
  console.log(await it2.return('stopped in catch'), log2);
  const log3 = [];
  const it3 = worker(log3);
  await it3.next();
  try { await it3.throw(new Error('into try')); } catch (e) { console.log('unexpected', e.message); }
  console.log(log3);
}
main();
