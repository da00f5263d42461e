// A rejection in the module body is unhandled once its drain is over; a handler from a nextTick is in time.
process.on('exit', (code) => console.log('exit', code));
const late = Promise.reject(new Error('handled late'));
process.nextTick(() => late.catch((e) => console.log('nextTick handled:', e.message)));
Promise.reject(new Error('never handled'));
setImmediate(() => console.log('immediate never runs'));
console.log('body done');
