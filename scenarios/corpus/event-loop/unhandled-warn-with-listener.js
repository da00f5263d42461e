// flags: --unhandled-rejections=warn
// warn mode with a listener: the listener runs and the warning is still printed; a later handler fires rejectionHandled.
const p = Promise.reject(new Error('warn + listener'));
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise === p));
setTimeout(() => p.catch(() => console.log('late catch')), 5);
