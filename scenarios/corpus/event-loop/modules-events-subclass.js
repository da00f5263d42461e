// class X extends EventEmitter and the older util.inherits style both work; this is the emitter.
const EventEmitter = require('events');
const util = require('util');
class Door extends EventEmitter {
  open() {
    this.emit('open', this.constructor.name);
  }
}
const d = new Door();
d.on('open', function (who) {
  console.log('opened by', who, this === d, this instanceof EventEmitter);
});
d.open();
function Legacy() {
  EventEmitter.call(this);
}
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('ping', () => console.log('legacy ping', l.listenerCount('ping')));
l.emit('ping');
console.log(Legacy.super_ === EventEmitter, d instanceof Door, Object.keys(d));
