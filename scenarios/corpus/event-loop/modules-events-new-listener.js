// newListener fires before the listener is added; removeListener after it is removed.
const EventEmitter = require('events');
const e = new EventEmitter();
let added = false;
e.on('newListener', (event, listener) => {
  console.log('newListener', event, typeof listener, e.listenerCount(event));
  if (event === 'data' && !added) {
    added = true;
    e.prependListener('data', () => console.log('added inside newListener'));
  }
});
e.on('removeListener', (event) => console.log('removeListener', event));
const onData = () => console.log('data listener');
e.on('data', onData);
e.emit('data');
e.removeListener('data', onData);
e.once('end', () => console.log('end once'));
e.emit('end');
console.log(e.eventNames());
