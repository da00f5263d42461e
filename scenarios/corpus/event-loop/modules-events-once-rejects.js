// events.once rejects when the emitter emits 'error' first, and removes its listeners.
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
once(e, 'done').then(
  (v) => console.log('resolved', v),
  (err) => console.log('rejected:', err.message, e.listenerCount('done'), e.listenerCount('error')),
);
console.log('listeners while waiting:', e.listenerCount('done'), e.listenerCount('error'));
setImmediate(() => e.emit('error', new Error('failed first')));
