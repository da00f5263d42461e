// flags: --unhandled-rejections=strict
// Strict mode with both listeners: 'uncaughtException' first (origin unhandledRejection), then
// 'unhandledRejection'; no warning since a listener heard it. The nextTick the first listener queues
// runs after both listeners.
const log = (s) => console.log(s);
process.on('warning', (w) => log('warning: ' + w.name));
process.on('uncaughtException', (e, origin) => {
  log('uncaughtException: ' + e.message + ' origin=' + origin);
  process.nextTick(() => log('nextTick from uncaughtException listener'));
});
process.on('unhandledRejection', (r) => log('unhandledRejection: ' + r.message));
Promise.reject(new Error('both'));
setTimeout(() => log('timeout'), 0);
