// When the main script blocks past a timer's expiry, the first loop iteration runs the timer before the immediate.
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout 0'), 0);
process.nextTick(() => console.log('tick'));
const end = Date.now() + 20;
while (Date.now() < end); // the timer is already due when the loop starts
console.log('main done blocking');
