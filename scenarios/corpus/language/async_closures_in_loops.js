async function run() {
  const results = [];
  const tasks = [];
  for (let i = 0; i < 3; i++) {
    tasks.push((async () => { await null; results.push('let ' + i); })());
  }
  for (var j = 0; j < 3; j++) {
    tasks.push((async () => { await null; results.push('var ' + j); })());
  }
  await Promise.all(tasks);
  console.log(results);
  const sequential = [];
  for (const x of [3, 1, 2]) {
    await Promise.resolve();
    sequential.push(x);
  }
  console.log('sequential:', sequential);
  const mapped = await Promise.all([3, 1, 2].map(async (x, idx) => {
    for (let k = 0; k < x; k++) await null;
    return `${x}@${idx}`;
  }));
  console.log('Promise.all keeps input order:', mapped);
  const finishOrder = [];
  await Promise.all([3, 1, 2].map(async (x) => {
    for (let k = 0; k < x; k++) await null;
    finishOrder.push(x);
  }));
  console.log('finish order follows await count:', finishOrder);
  let shared = 0;
  await Promise.all([1, 2, 3].map(async () => { const read = shared; await null; shared = read + 1; }));
  console.log('lost updates across await:', shared);
}
run();
