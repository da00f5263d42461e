// flags: --unhandled-rejections=warn-with-error-code
// warn-with-error-code with an unhandledRejection listener: no warning, exit code stays 0.
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
Promise.reject(new Error('listener takes it'));
setTimeout(() => console.log('timer, exitCode =', process.exitCode), 5);
process.on('exit', (code) => console.log('exit', code));
