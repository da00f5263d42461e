// process.exit(code) overrides process.exitCode, and sets it.
process.exitCode = 9;
process.on('exit', (code) => console.log('exit', code, 'exitCode', process.exitCode));
process.exit(2);
