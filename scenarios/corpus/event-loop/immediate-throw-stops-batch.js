// An immediate that throws with an uncaughtException listener: the remaining immediates still run.
process.on('uncaughtException', (err) => console.log('caught:', err.message));
setImmediate(() => console.log('immediate 1'));
setImmediate(() => { throw new Error('boom in immediate 2'); });
setImmediate(() => console.log('immediate 3'));
setImmediate(() => console.log('immediate 4'));
