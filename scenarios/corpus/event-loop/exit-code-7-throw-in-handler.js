// A throw inside an uncaughtException handler ends the process with exit code 7.
process.on('uncaughtException', (err) => {
  console.log('handler got', err.message);
  throw new Error('handler failed too');
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  throw new Error('first failure');
}, 1);
