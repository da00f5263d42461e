// flags: --unhandled-rejections=warn-with-error-code
// warn-with-error-code ignores an uncaughtException listener: warning, exit code 1.
process.on('uncaughtException', () => console.log('uncaughtException (never)'));
Promise.reject('string reason');
process.on('exit', (code) => console.log('exit', code));
