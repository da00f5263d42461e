// EventEmitter calls listeners synchronously, in registration order, with the emitted arguments.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('data', (a, b) => console.log('listener 1', a, b));
e.on('data', function (a) { console.log('listener 2', a, this === e); });
console.log('before emit');
console.log('emit returned', e.emit('data', 'x', 'y'));
console.log('after emit');
console.log('emit without listeners returned', e.emit('other'));
