// An async function runs synchronously until its first await; each await is one microtask hop.
async function worker(name) {
  console.log(name, 'start');
  await 0;
  console.log(name, 'after await 1');
  await Promise.resolve();
  console.log(name, 'after await 2');
}
worker('A');
worker('B');
process.nextTick(() => console.log('tick'));
console.log('sync end');
