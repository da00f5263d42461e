// require('node:events') is the EventEmitter class itself, with EventEmitter and once as properties.
const E = require('node:events');
console.log('same module:', E === require('events'));
console.log('E.EventEmitter === E:', E.EventEmitter === E);
console.log('once is a function:', typeof E.once);
const e = new E();
E.once(e, 'x').then(([v]) => console.log('once resolved', v));
e.emit('x', 7);
console.log('after emit');
