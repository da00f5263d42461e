// With an unhandledRejection listener, a handler attached later fires rejectionHandled for that promise.
const p = Promise.reject(new Error('late handler'));
process.on('unhandledRejection', (r, promise) => console.log('unhandledRejection', r.message, promise === p));
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise === p));
setTimeout(() => {
  console.log('attaching catch');
  p.catch((e) => console.log('caught', e.message));
}, 10);
