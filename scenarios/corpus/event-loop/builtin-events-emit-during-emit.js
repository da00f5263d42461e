// Listeners added during an emit do not run in that emit; a removed one still runs in it.
const EventEmitter = require('events');
const e = new EventEmitter();
const second = () => console.log('second');
e.on('x', () => {
  console.log('first adds a listener and removes second');
  e.on('x', () => console.log('added during emit'));
  e.off('x', second);
});
e.on('x', second);
e.emit('x');
console.log('--');
e.emit('x');
