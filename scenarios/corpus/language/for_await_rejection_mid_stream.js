async function* source() {
  yield 1;
  yield 2;
  throw new Error('stream broke');
}
async function main() {
  const got = [];
  try {
    for await (const v of source()) got.push(v);
  } catch (e) {
    console.log('caught after', got, e.message);
  }
  const promises = [Promise.resolve('a'), Promise.reject(new Error('b failed')), Promise.resolve('c')];
  promises[1].catch(() => {});
  const seen = [];
  try {
    for await (const v of promises) seen.push(v);
  } catch (e) {
    console.log('array of promises stops at rejection:', seen, e.message);
  }
  const slow = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next: () => (i < 2 ? Promise.resolve({ value: i++, done: false }) : Promise.reject(new Error('next rejected'))),
        return: () => { console.log('return() not called when next() rejects'); return Promise.resolve({ done: true }); },
      };
    },
  };
  try {
    for await (const v of slow) console.log('slow', v);
  } catch (e) {
    console.log(e.message);
  }
  const badResult = { [Symbol.asyncIterator]() { return { next: () => Promise.resolve(5) }; } };
  try { for await (const v of badResult) {} } catch (e) { console.log(e.name, e.message); }
}
main().then(() => console.log('done'));
