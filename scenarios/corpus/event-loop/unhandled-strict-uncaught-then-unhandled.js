// flags: --unhandled-rejections=strict
// strict mode with both listeners: uncaughtException first, then unhandledRejection, and the loop goes on.
process.on('uncaughtException', (err, origin) => console.log('uncaughtException', err.message, origin));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));
Promise.reject(new Error('strict with listeners'));
setTimeout(() => console.log('timer runs'), 5);
process.on('exit', (code) => console.log('exit', code));
