function makeIterable(name, n) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { return i < n ? { value: i++, done: false } : { value: undefined, done: true }; },
        return(v) { console.log(`${name}: return() called`); return { done: true, value: v }; },
      };
    },
  };
}
for (const x of makeIterable('break', 5)) { if (x === 1) break; }
for (const x of makeIterable('exhausted', 2)) {}
console.log('(no return on exhaustion)');
try {
  for (const x of makeIterable('throw', 5)) { throw new Error('body threw'); }
} catch (e) { console.log('caught', e.message); }
function early() {
  for (const x of makeIterable('return', 5)) { return x; }
}
console.log('returned', early());
outer: for (const a of makeIterable('outer', 2)) {
  for (const b of makeIterable('inner', 2)) { continue outer; }
}
for (const x of makeIterable('continue', 2)) { continue; }
console.log('(continue does not close)');
const [first] = makeIterable('destructure', 3);
console.log('first', first);
const [p, q, ...rest] = makeIterable('rest', 3);
console.log('rest exhausts', p, q, rest);
function* gen() {
  try { yield 1; yield 2; } finally { console.log('generator finally on break'); }
}
for (const v of gen()) { console.log('got', v); break; }
const badReturn = {
  [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return: () => 5 }; },
};
try { for (const v of badReturn) break; } catch (e) { console.log(e.name, e.message); }
