// Work a required module schedules runs on the same loop as the main script's.
setTimeout(() => console.log('timer from required module'), 0);
process.nextTick(() => console.log('nextTick from required module'));
Promise.resolve().then(() => console.log('promise from required module'));
console.log('required module body');
