// events.once returns a promise that resolves with the array of emitted arguments.
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  console.log('waiting');
  const args = await once(e, 'ready');
  console.log('ready with', args);
})();
setTimeout(() => {
  console.log('emitting');
  e.emit('ready', 1, 'two');
  console.log('emitted; the await resumes later');
}, 5);
