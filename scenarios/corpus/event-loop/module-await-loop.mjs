// A loop of top-level awaits on timers: each resumption drains promise jobs before nextTicks.
import { setTimeout as sleep } from 'node:timers/promises';
for (const ms of [10, 5, 1]) {
  await sleep(ms);
  process.nextTick(() => console.log('  tick after', ms));
  queueMicrotask(() => console.log('  microtask after', ms));
  console.log('slept', ms);
}
console.log('done');
