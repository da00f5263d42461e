// off / removeListener remove one registration; listenerCount counts what is left.
const EventEmitter = require('events');
const e = new EventEmitter();
const f = () => console.log('f');
const g = () => console.log('g');
e.on('x', f);
e.on('x', g);
e.on('x', f);
console.log('count', e.listenerCount('x'));
e.off('x', f);
console.log('after off', e.listenerCount('x'));
e.emit('x');
e.removeListener('x', g);
e.removeAllListeners('x');
console.log('after removeAll', e.listenerCount('x'), e.emit('x'));
