// flags: --unhandled-rejections=strict
// strict mode: the rejection is raised as an uncaught exception, exit code 1, even with an unhandledRejection listener.
process.on('unhandledRejection', () => console.log('unhandledRejection (never in strict without uncaught handler)'));
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('strict'));
setTimeout(() => console.log('timer (never)'), 0);
