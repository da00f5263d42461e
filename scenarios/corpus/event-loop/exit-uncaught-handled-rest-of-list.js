// After a handled throw in a timer, the rest of that timer list still runs in order.
process.on('uncaughtException', (err) => console.log('caught', err.message));
setTimeout(() => { throw new Error('first'); }, 5);
setTimeout(() => console.log('second'), 5);
setTimeout(() => console.log('third'), 5);
