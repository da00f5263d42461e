// Code after an await runs inside a microtask: its own promise jobs come before its nextTicks.
async function main() {
  await null;
  process.nextTick(() => console.log('tick from continuation'));
  Promise.resolve().then(() => console.log('promise from continuation'));
  queueMicrotask(() => console.log('microtask from continuation'));
  console.log('continuation');
}
main();
console.log('sync');
