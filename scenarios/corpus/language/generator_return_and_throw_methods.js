function* counter() {
  let i = 0;
  while (true) {
    const cmd = yield i++;
    if (cmd === 'reset') i = 0;
  }
}
const c = counter();
console.log(c.next().value, c.next().value, c.next('reset').value, c.next().value);
console.log(c.return(99), c.next(), c.return('again'));
const fresh = counter();
console.log('return before start:', fresh.return('early'), fresh.next());
const f2 = counter();
try { f2.throw(new Error('before start')); } catch (e) { console.log('throw before start:', e.message); }
console.log(f2.next());
function* g() { yield 1; }
const it = g();
console.log(it[Symbol.iterator]() === it, Object.prototype.toString.call(it));
try { it.next.call({}); } catch (e) { console.log(e.name); }
function* running() { try { gen.next(); } catch (e) { yield e.name + ': ' + e.message; } }
const gen = running();
console.log(gen.next().value);
function* delegating() {
  try { yield* inner(); } finally { console.log('outer finally'); }
}
function* inner() {
  try { yield 'i1'; yield 'i2'; } finally { console.log('inner finally'); }
}
const d = delegating();
console.log(d.next());
console.log(d.return('stop'));
function* innerCatches() { try { yield 'w'; } catch (e) { yield 'inner caught ' + e; } }
function* wraps() { yield* innerCatches(); yield 'after delegation'; }
const d2 = wraps();
d2.next();
console.log(d2.throw('E'), d2.next());
function* argsGen(...args) { for (const a of args) yield a * 2; }
console.log([...argsGen(1, 2, 3)], Array.from(argsGen(4)));
