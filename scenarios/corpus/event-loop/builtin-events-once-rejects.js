// events.once rejects when the emitter emits 'error' first.
const events = require('node:events');
const e = new events.EventEmitter();
events.once(e, 'done').then(
  () => console.log('never'),
  (err) => console.log('rejected:', err.message)
);
setImmediate(() => e.emit('error', new Error('failed before done')));
