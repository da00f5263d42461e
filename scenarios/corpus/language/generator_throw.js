function* worker() {
  while (true) {
    try {
      yield 'ready';
    } catch (e) {
      console.log('caught inside:', e);
    }
  }
}
const w = worker();
w.next();
console.log(w.throw('oops'));
function* fragile() { yield 1; }
const f = fragile();
try {
  f.throw(new Error('boom'));
} catch (e) {
  console.log('outside:', e.message);
}
console.log(f.next());
