const log = [];
const rejected = Promise.reject(new Error('R'));
rejected.then(() => log.push('then-1 fulfilled'), () => log.push('then-1 rejected'));
rejected.catch(() => log.push('catch-2'));
rejected.then(() => log.push('then-3 fulfilled')).catch(() => log.push('catch-3 via chain'));
rejected.finally(() => log.push('finally-4')).catch(() => log.push('catch-4 after finally'));
Promise.resolve().then(() => log.push('unrelated tick 1')).then(() => log.push('unrelated tick 2')).then(() => log.push('unrelated tick 3'));
const thrower = Promise.resolve().then(() => { throw new TypeError('in then'); });
thrower.catch((e) => log.push('thrower caught ' + e.name));
(async () => {
  try { await rejected; } catch (e) { log.push('await caught ' + e.message); }
})();
const recovered = rejected.catch(() => 'recovered').then((v) => log.push('value after recovery: ' + v));
const rethrown = rejected.catch((e) => { throw new Error('re-' + e.message); }).catch((e) => log.push('second catch: ' + e.message));
Promise.all([recovered, rethrown]).then(() => Promise.resolve()).then(() => console.log(log.join('\n')));
