// An unref'd interval ticks only while something else keeps the process alive.
let n = 0;
const iv = setInterval(() => console.log('interval tick', ++n), 20);
iv.unref();
setTimeout(() => console.log('ref timer at 70 ms ends the process'), 70);
process.on('exit', () => console.log('ticks:', n));
