// A main .js file with import syntax and no package.json "type" runs as an ES module: its body runs inside
// a job, so its promise jobs come before its nextTicks, and require does not exist.
import { setTimeout as sleep } from 'node:timers/promises';
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('typeof require:', typeof require);
await sleep(5);
console.log('after top-level await');
