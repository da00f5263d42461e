// process is an EventEmitter: emit of a custom event calls its listeners synchronously, in order.
process.on('ping', (a, b) => console.log('first listener', a, b));
process.prependListener('ping', () => console.log('prepended listener'));
console.log('emit returns', process.emit('ping', 1, 2));
console.log('no listeners returns', process.emit('nobody-listens'));
console.log('listenerCount', process.listenerCount('ping'));
