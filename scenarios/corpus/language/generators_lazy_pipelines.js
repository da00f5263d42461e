function* naturals() { let n = 1; while (true) yield n++; }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* take(it, n) { if (n <= 0) return; for (const x of it) { yield x; if (--n <= 0) return; } }
const pulled = [];
const tracked = map(naturals(), (x) => { pulled.push(x); return x; });
const result = [...take(filter(map(tracked, (x) => x * x), (x) => x % 2 === 1), 4)];
console.log(result, 'pulled:', pulled);
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
console.log([...take(fib(), 15)]);
function* zip(...its) {
  const iters = its.map((i) => i[Symbol.iterator]());
  while (true) {
    const steps = iters.map((i) => i.next());
    if (steps.some((s) => s.done)) return;
    yield steps.map((s) => s.value);
  }
}
console.log([...zip('abc', naturals(), [true, false, true, false])]);
function* chunk(it, size) {
  let buf = [];
  for (const x of it) { buf.push(x); if (buf.length === size) { yield buf; buf = []; } }
  if (buf.length) yield buf;
}
console.log([...chunk(take(naturals(), 7), 3)]);
const gen = naturals();
const [a, b, ...none] = take(gen, 2);
console.log(a, b, none, gen.next().value);
const entries = Object.entries({ x: 1, y: 2 });
function* withIndex(it) { let i = 0; for (const v of it) yield [i++, v]; }
for (const [i, [k, v]] of withIndex(entries)) console.log(i, k, v);
