// emit runs the listeners that were there when it started, even if one removes another or adds one.
const { EventEmitter } = require('events');
const e = new EventEmitter();
function second() { console.log('second'); }
e.on('go', () => {
  console.log('first removes second and adds third');
  e.off('go', second);
  e.on('go', () => console.log('third'));
});
e.on('go', second);
e.emit('go');
console.log('--- again');
e.emit('go');
