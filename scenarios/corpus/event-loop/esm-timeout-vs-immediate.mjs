// The main module runs after the loader's file read (a poll-phase completion): immediates before timers.
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout 1'), 1);
console.log('body');
