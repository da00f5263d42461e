// flags: --unhandled-rejections=warn
// A handler attached later in the same drain (a nextTick, then a microtask it queues) is in time: even
// warn mode neither warns nor emits anything, and no 'rejectionHandled' follows.
const log = (s) => console.log(s);
process.on('warning', (w) => log('warning: ' + w.name));
process.on('unhandledRejection', () => log('unhandledRejection'));
process.on('rejectionHandled', () => log('rejectionHandled'));
const p = Promise.reject(new Error('x'));
process.nextTick(() => {
  log('nextTick');
  Promise.resolve().then(() => p.catch((e) => log('caught ' + e.message)));
});
setTimeout(() => log('timeout'), 0);
