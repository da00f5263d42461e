// on/once/prependListener/off, the order listeners run in, and what emit returns.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = (name) => (...args) => console.log(name, ...args);
const b = log('b');
e.on('x', log('a'));
e.on('x', b);
e.prependListener('x', log('first'));
e.once('x', log('once'));
e.prependOnceListener('x', log('prepended once'));
console.log(e.emit('x', 1, 2));
console.log(e.emit('x', 3));
e.off('x', b);
console.log(e.emit('x', 4), e.emit('nobody'));
console.log(e.listenerCount('x'), e.eventNames(), e.listeners('x').length, e.rawListeners('x').length);
e.removeAllListeners('x');
console.log(e.listenerCount('x'), e.eventNames());
console.log(e);
