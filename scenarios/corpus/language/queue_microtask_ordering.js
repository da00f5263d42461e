const log = [];
queueMicrotask(() => log.push('qm1'));
Promise.resolve().then(() => log.push('p1'));
queueMicrotask(() => {
  log.push('qm2');
  queueMicrotask(() => log.push('qm2 nested'));
  Promise.resolve().then(() => log.push('p from qm2'));
});
Promise.resolve().then(() => {
  log.push('p2');
  queueMicrotask(() => log.push('qm from p2'));
});
(async () => { log.push('async body sync'); await null; log.push('after await'); })();
queueMicrotask(() => log.push('qm3'));
log.push('sync');
try { queueMicrotask('not a function'); } catch (e) { console.log(e.name, e.message); }
try { queueMicrotask(); } catch (e) { console.log(e.name); }
console.log(typeof queueMicrotask, queueMicrotask.length, queueMicrotask(() => {}));
let depth = 0;
function recursive() { if (++depth < 5) queueMicrotask(recursive); else log.push('recursive done at ' + depth); }
queueMicrotask(recursive);
queueMicrotask(function () { log.push('this is ' + (this === undefined ? 'undefined' : typeof this)); });
Promise.resolve().then(() => Promise.resolve()).then(() => Promise.resolve()).then(() => console.log(log.join('\n')));
