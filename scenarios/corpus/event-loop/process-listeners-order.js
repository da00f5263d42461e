// Several 'exit' listeners run in registration order; the code argument is the same for each.
for (const name of ['a', 'b', 'c']) process.on('exit', (code) => console.log('exit listener', name, code));
process.exitCode = 1;
setTimeout(() => console.log('timer before exit'), 1);
