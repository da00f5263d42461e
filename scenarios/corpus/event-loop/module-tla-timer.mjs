// Top-level await suspends the module body; timers and immediates run while it waits.
import { setTimeout as sleep } from 'timers/promises';
setImmediate(() => console.log('immediate while waiting'));
console.log('before await');
const v = await sleep(20, 'woke');
console.log('after await:', v);
process.nextTick(() => console.log('tick after resume'));
Promise.resolve().then(() => console.log('promise after resume'));
