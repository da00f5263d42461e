// A script-set exitCode is kept when a top-level await never settles (13 is only a default).
process.exitCode = 4;
process.on('exit', (code) => console.log('exit event', code, 'exitCode', process.exitCode));
await new Promise(() => {});
