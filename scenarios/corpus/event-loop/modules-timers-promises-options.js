// Values pass through; ref: false lets the process end without waiting; bad options reject.
const tp = require('timers/promises');
tp.setTimeout(50).then((v) => console.log('no value:', v));
tp.setTimeout(100, null).then((v) => console.log('null value:', v));
tp.setTimeout(1000, 'never', { ref: false }).then(() => console.log('unref timer fired'));
tp.setTimeout(5, 'x', 'not an object').catch((err) => console.log(err.code, err.message));
tp.setImmediate('imm').then((v) => console.log('immediate value:', v));
const util = require('util');
util.promisify(setTimeout)(150, 'promisified').then((v) => console.log(v));
console.log(util.promisify(setTimeout) === tp.setTimeout, util.promisify(setImmediate) === tp.setImmediate);
