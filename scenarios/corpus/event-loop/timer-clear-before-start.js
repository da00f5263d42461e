// A timer cleared synchronously right after it is created never fires, and leaves nothing to wait for.
const t = setTimeout(() => console.log('never'), 1000);
clearTimeout(t);
const u = setTimeout(() => console.log('also never'), 0);
clearTimeout(u);
setImmediate(() => console.log('immediate runs'));
process.on('exit', () => console.log('exit'));
