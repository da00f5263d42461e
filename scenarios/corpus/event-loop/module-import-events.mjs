// import of 'events': default export is EventEmitter, named export once resolves with the arguments.
import EventEmitter, { once } from 'events';
const e = new EventEmitter();
setTimeout(() => e.emit('ready', 'a', 2), 5);
const args = await once(e, 'ready');
console.log('once resolved', args);
console.log('named export matches:', EventEmitter.once === once);
