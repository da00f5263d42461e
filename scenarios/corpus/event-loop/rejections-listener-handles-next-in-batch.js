// flags: --unhandled-rejections=none
// The check works on a snapshot: when the listener for 'a' attaches a handler to 'b' (rejected in the
// same batch), 'b' is still reported afterwards, and no 'rejectionHandled' follows for it.
const log = (s) => console.log(s);
const errorA = new Error('a');
Promise.reject(errorA);
const b = Promise.reject(new Error('b'));
process.on('unhandledRejection', (r) => {
  log('unhandledRejection: ' + r.message);
  if (r === errorA) b.catch(() => log('b caught by the listener for a'));
});
process.on('rejectionHandled', () => log('rejectionHandled'));
setTimeout(() => log('timeout'), 0);
