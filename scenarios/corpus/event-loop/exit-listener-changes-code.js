// An 'exit' listener can change process.exitCode, which becomes the final exit code.
process.on('exit', (code) => {
  console.log('exit listener sees', code);
  process.exitCode = 42;
});
process.on('exit', (code) => console.log('second listener sees', code, process.exitCode));
console.log('main');
