function* guarded() {
  try {
    yield 1; yield 2;
  } catch (e) {
    console.log('generator caught', e);
    yield 'from catch';
  } finally {
    console.log('generator finally');
    yield 'from finally';
  }
  yield 'after';
}
let g = guarded();
console.log(g.next(), g.next(), g.throw('oops'), g.next(), g.next(), g.next());
g = guarded();
g.next();
console.log('return paused by finally yield:', g.return('R'));
console.log('then:', g.next(), g.next());
function* finallyOverrides() {
  try { yield 'a'; } finally { return 'finally value'; }
}
const h = finallyOverrides();
h.next();
console.log(h.return('ignored'));
function* rethrows() {
  try { yield 1; } finally { console.log('cleanup before error propagates'); }
}
const r = rethrows();
r.next();
try { r.throw(new Error('propagated')); } catch (e) { console.log('outside caught', e.message); }
console.log(r.next());
function* catchAndContinue() {
  let errors = 0;
  while (errors < 2) {
    try { yield errors; } catch (e) { errors++; console.log('swallowed', e); }
  }
  return 'gave up';
}
const c = catchAndContinue();
console.log(c.next(), c.throw('e1'), c.throw('e2'), c.next());
