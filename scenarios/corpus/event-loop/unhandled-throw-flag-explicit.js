// flags: --unhandled-rejections=throw
// Explicit throw mode: same as the default, an unhandled rejection crashes with exit code 1.
process.on('exit', (code) => console.log('exit', code));
new Promise((_, reject) => reject(new TypeError('explicit throw mode')));
setImmediate(() => console.log('immediate (never)'));
