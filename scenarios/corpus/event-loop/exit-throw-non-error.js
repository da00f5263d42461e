// Throwing a non-Error value uncaught also exits with code 1.
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => {
  console.log('immediate throws a plain object');
  throw { reason: 'not an Error' };
});
