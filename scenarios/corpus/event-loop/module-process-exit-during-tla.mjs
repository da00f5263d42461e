// process.exit() while a top-level await is pending exits with that code, not 13.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => process.exit(5), 5);
await new Promise(() => {});
