// Work scheduled while a required module loads joins the main script's drain.
process.nextTick(() => console.log('tick from main (before require)'));
const v = require('./lib/schedules.js');
console.log('main got', v);
process.nextTick(() => console.log('tick from main (after require)'));
