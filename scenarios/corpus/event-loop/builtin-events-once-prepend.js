// once listeners fire a single time; prependListener puts a listener first.
const { EventEmitter } = require('node:events');
const e = new EventEmitter();
e.on('go', () => console.log('on'));
e.once('go', () => console.log('once'));
e.prependListener('go', () => console.log('prepended'));
e.prependOnceListener('go', () => console.log('prepended once'));
e.emit('go');
console.log('--');
e.emit('go');
