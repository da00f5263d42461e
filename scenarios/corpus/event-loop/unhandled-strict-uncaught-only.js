// flags: --unhandled-rejections=strict
// strict mode with only an uncaughtException listener: handled there, exit code 0 (a warning goes to stderr).
process.on('uncaughtException', (err, origin) => console.log('uncaughtException', String(err), origin));
Promise.reject('strict string reason');
process.on('exit', (code) => console.log('exit', code));
