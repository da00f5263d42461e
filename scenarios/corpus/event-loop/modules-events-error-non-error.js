// A non-Error 'error' event without a listener becomes ERR_UNHANDLED_ERROR, which ends the process.
const { EventEmitter } = require('events');
const e = new EventEmitter();
process.on('exit', (code) => console.log('exit code', code));
console.log('before');
e.emit('error', 'just a string');
