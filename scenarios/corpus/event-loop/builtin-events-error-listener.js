// An 'error' listener receives the error and nothing is thrown.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('error', (err) => console.log('error listener:', err.message));
console.log('emit returned', e.emit('error', new Error('handled')));
try {
  new EventEmitter().emit('error', new Error('thrown sync'));
} catch (err) {
  console.log('caught:', err.message);
}
