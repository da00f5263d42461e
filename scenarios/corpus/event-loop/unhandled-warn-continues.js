// flags: --unhandled-rejections=warn
// warn mode: only a warning on stderr; the process keeps running and exits 0.
Promise.reject(new Error('just a warning'));
setTimeout(() => console.log('timer runs'), 5);
process.on('exit', (code) => console.log('exit', code));
