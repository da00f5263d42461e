// A class extending EventEmitter can emit from its own methods, from timers too.
const EventEmitter = require('events');
class Ticker extends EventEmitter {
  start(n) {
    let i = 0;
    const iv = setInterval(() => {
      this.emit('tick', ++i);
      if (i === n) {
        clearInterval(iv);
        this.emit('end');
      }
    }, 5);
  }
}
const t = new Ticker();
t.on('tick', (i) => console.log('tick', i));
t.on('end', () => console.log('end, instanceof EventEmitter:', t instanceof EventEmitter));
t.start(3);
