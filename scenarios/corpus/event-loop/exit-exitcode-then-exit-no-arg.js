// process.exit() without an argument uses process.exitCode.
process.exitCode = 9;
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => process.exit());
