// flags: --unhandled-rejections=throw
// Explicit throw mode with an unhandledRejection listener: handled, no crash.
process.on('unhandledRejection', (r) => console.log('listener got', r.name, r.message));
new Promise((_, reject) => reject(new TypeError('explicit throw mode')));
setImmediate(() => console.log('immediate runs'));
