// A relative module can require a built-in; its exported emitter works across files.
const bus = require('./lib/emitter.js');
const EventEmitter = require('events');
console.log('is an EventEmitter:', bus instanceof EventEmitter);
bus.on('msg', (m) => console.log('got', m));
setTimeout(() => bus.emit('msg', 'hello'), 1);
