// process.exitCode starts undefined and reads back what the script assigned.
console.log('initial', process.exitCode);
process.exitCode = 0;
console.log('after = 0', process.exitCode);
process.exitCode = 2;
setTimeout(() => {
  console.log('in timer', process.exitCode);
  process.exitCode = undefined;
}, 1);
process.on('exit', (code) => console.log('exit', code));
