// defaultMaxListeners and setMaxListeners; exceeding them only warns (on stderr).
const EventEmitter = require('events');
console.log(EventEmitter.defaultMaxListeners);
const e = new EventEmitter();
console.log(e.getMaxListeners());
e.setMaxListeners(2);
for (let i = 0; i < 3; i++) e.on('x', () => {});
console.log(e.getMaxListeners(), e.listenerCount('x'));
try {
  e.setMaxListeners(-1);
} catch (err) {
  console.log(err.code, err.name, err.message);
}
