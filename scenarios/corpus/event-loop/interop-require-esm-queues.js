// The body of a required ES module runs synchronously inside the CommonJS main script: what it queues
// drains with the script's own work, nextTicks first.
process.nextTick(() => console.log('main nextTick'));
Promise.resolve().then(() => console.log('main promise'));
const { ready } = require('./lib/interop-esm-queues.mjs');
console.log('required, ready =', ready);
