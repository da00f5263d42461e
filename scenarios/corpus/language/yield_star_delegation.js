function* inner() {
  const received = yield 'inner 1';
  console.log('inner received', received);
  yield 'inner 2';
  return 'inner result';
}
function* outer() {
  yield 'outer start';
  const r = yield* inner();
  console.log('yield* evaluated to', r);
  yield* [10, 20];
  yield* 'hi';
  return 'outer done';
}
const g = outer();
const out = [];
let step = g.next();
while (!step.done) { out.push(step.value); step = g.next('sent-' + out.length); }
console.log(out, step.value);
function* tree(node) {
  if (!node) return;
  yield* tree(node.left);
  yield node.value;
  yield* tree(node.right);
}
const t = { value: 2, left: { value: 1 }, right: { value: 4, left: { value: 3 } } };
console.log([...tree(t)]);
const custom = {
  [Symbol.iterator]() {
    let n = 0;
    return {
      next(v) { console.log('custom next got', v); return { value: n, done: n++ >= 2 }; },
      throw(e) { console.log('custom throw got', e); return { value: 'handled', done: false }; },
    };
  },
};
function* viaCustom() { const r = yield* custom; return r; }
const vc = viaCustom();
console.log(vc.next('ignored first'), vc.next('A'), vc.throw('E'), vc.next('B'), vc.next('C'));
try { [...(function* () { yield* 5; })()]; } catch (e) { console.log(e.name); }
