async function fail() {
  throw new Error('nobody catches this');
}
fail();
console.log('sync code still runs');
