// Default mode with only an uncaughtException listener: it receives the reason with origin 'unhandledRejection'.
process.on('uncaughtException', (err, origin) => console.log('uncaughtException:', err.message, origin));
Promise.reject(new Error('from a promise'));
setTimeout(() => console.log('timer still runs'), 5);
process.on('exit', (code) => console.log('exit', code));
