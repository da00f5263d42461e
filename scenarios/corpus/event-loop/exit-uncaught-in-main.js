// An uncaught exception in the main script: exit code 1, the 'exit' event still fires, queued work does not run.
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => console.log('tick (never)'));
setTimeout(() => console.log('timer (never)'), 0);
console.log('before throw');
throw new Error('main failed');
