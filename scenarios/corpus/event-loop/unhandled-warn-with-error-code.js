// flags: --unhandled-rejections=warn-with-error-code
// warn-with-error-code: a warning, the loop goes on, and the exit code becomes 1.
Promise.reject(new Error('code 1 later'));
setTimeout(() => console.log('timer runs, exitCode =', process.exitCode), 5);
process.on('exit', (code) => console.log('exit', code));
