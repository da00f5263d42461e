// process.exit() called inside an 'exit' listener ends right there with the new code.
process.on('exit', (code) => {
  console.log('first listener', code);
  process.exit(8);
});
process.on('exit', () => console.log('second listener (never)'));
console.log('main');
