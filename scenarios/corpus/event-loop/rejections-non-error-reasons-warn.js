// flags: --unhandled-rejections=warn
// How warn mode names reasons that are not errors (V8's NoSideEffectsToString): primitives as text,
// plain objects by constructor, arrays and objects with their own toString by tag, functions by source,
// and an object with an own 'stack' by that stack. Each reason gets two warnings; the first is shown.
const log = (s) => console.log(s);
let n = 0;
process.on('warning', (w) => { if (n++ % 2 === 0) log(w.message.split('\n')[0]); });
class Job {}
for (const reason of [42, 'text', undefined, null, true, -0, Symbol('s'), { a: 1 }, [1, 2], new Job(),
  Object.create(null), { toString() { return 'never called'; } }, function named() { return 1; },
  new Map(), { stack: 'custom stack text' }, new RangeError('an error')]) {
  Promise.reject(reason);
}
