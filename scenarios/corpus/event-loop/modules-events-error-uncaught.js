// An 'error' event nobody listens to is an uncaught exception: exit listeners run, then exit 1.
const EventEmitter = require('events');
process.on('exit', (code) => console.log('exit', code));
const e = new EventEmitter();
setTimeout(() => {
  console.log('emitting');
  e.emit('error', new Error('nobody listens'));
  console.log('not reached');
}, 5);
