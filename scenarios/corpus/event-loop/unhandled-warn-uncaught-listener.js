// flags: --unhandled-rejections=warn
// warn mode never raises an uncaught exception: an uncaughtException listener is not called.
process.on('uncaughtException', () => console.log('uncaughtException (never)'));
Promise.reject(new Error('warn only'));
setTimeout(() => console.log('timer runs'), 5);
process.on('exit', (code) => console.log('exit', code));
