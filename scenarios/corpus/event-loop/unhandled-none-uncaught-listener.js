// flags: --unhandled-rejections=none
// none mode never raises an uncaught exception either; a late handler still fires rejectionHandled.
process.on('uncaughtException', () => console.log('uncaughtException (never)'));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
const p = Promise.reject(new Error('quiet'));
setTimeout(() => p.catch((e) => console.log('late catch', e.message)), 5);
process.on('exit', (code) => console.log('exit', code));
