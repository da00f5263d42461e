// With an uncaughtException listener a throw in a timer does not end the process: later timers run, exit 0.
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
setTimeout(() => {
  throw new Error('t1');
}, 5);
setTimeout(() => console.log('t2 still runs'), 10);
process.on('exit', (code) => console.log('exit', code));
