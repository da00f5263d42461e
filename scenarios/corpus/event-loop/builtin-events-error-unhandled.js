// Emitting 'error' with no listener throws the error: uncaught, exit code 1.
const EventEmitter = require('events');
const e = new EventEmitter();
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('emitting error');
  e.emit('error', new Error('nobody listens'));
  console.log('never');
}, 1);
