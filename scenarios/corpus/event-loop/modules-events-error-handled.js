// An 'error' event with a listener is an ordinary event; without one, emit throws.
const EventEmitter = require('events');
const e = new EventEmitter();
e.once('error', (err) => console.log('handled:', err.message));
e.emit('error', new Error('first'));
try {
  e.emit('error', new Error('second'));
} catch (err) {
  console.log('thrown:', err.message);
}
for (const value of ['text', 42, { a: 1 }, undefined]) {
  try {
    e.emit('error', value);
  } catch (err) {
    console.log(err.name, err.code, err.message, err.context);
  }
}
try {
  e.on('x', 'not a function');
} catch (err) {
  console.log(err.code, err.message);
}
