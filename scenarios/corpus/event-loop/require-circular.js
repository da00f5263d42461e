// Circular requires see the partial exports of the module still being loaded.
const a = require('./lib/circular-a.js');
const b = require('./lib/circular-b.js');
console.log('main: a.done =', a.done, 'b.done =', b.done);
