// flags: --unhandled-rejections=throw
// With an 'unhandledRejection' listener but none for 'rejectionHandled', a late handler makes Node emit
// PromiseRejectionHandledWarning, whose message carries the rejection's id (2: ids count rejections).
const log = (s) => console.log(s);
process.on('warning', (w) => log('warning: ' + w.name + ': ' + w.message + ' id=' + w.id));
process.on('unhandledRejection', (r) => log('unhandledRejection: ' + r.message));
Promise.reject(new Error('first, handled in time')).catch(() => {});
const p = Promise.reject(new Error('second'));
setTimeout(() => p.catch(() => log('late catch')), 0);
