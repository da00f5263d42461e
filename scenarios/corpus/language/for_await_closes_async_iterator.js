function tracked(name, values) {
  return {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next() { return Promise.resolve(i < values.length ? { value: values[i++], done: false } : { done: true }); },
        return() { console.log(name, 'return() called'); return Promise.resolve({ done: true }); },
      };
    },
  };
}
async function main() {
  for await (const v of tracked('break', [1, 2, 3])) { console.log('break got', v); break; }
  try {
    for await (const v of tracked('throw', [1, 2])) { throw new Error('body error ' + v); }
  } catch (e) { console.log('caught', e.message); }
  for await (const v of tracked('done', [1])) { console.log('done got', v); }
  console.log('exhausted without return()');
  async function* gen() {
    try { yield 'x'; yield 'y'; } finally { console.log('async gen finally'); }
  }
  for await (const v of gen()) { console.log('gen got', v); break; }
  console.log('loop finished after finally');
  const values = [];
  for await (const v of [Promise.resolve(1), 2, Promise.resolve(3)]) values.push(v);
  console.log('sync iterable of promises', values);
  const syncIt = {
    [Symbol.iterator]() {
      return { next: () => ({ value: Promise.resolve('s'), done: false }), return() { console.log('sync return()'); return {}; } };
    },
  };
  for await (const v of syncIt) { console.log('sync got', v); break; }
}
main().then(() => console.log('end'));
