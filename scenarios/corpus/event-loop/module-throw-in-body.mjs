// A synchronous throw in a module body: exit code 1, queued work never runs.
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => console.log('immediate (never)'));
console.log('before throw');
throw new Error('module body failed');
