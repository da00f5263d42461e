// An exit code the module set before its await never settles is kept instead of 13.
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
process.exitCode = 4;
await new Promise(() => {});
