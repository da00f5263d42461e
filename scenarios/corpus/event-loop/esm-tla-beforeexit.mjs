// With an unsettled top-level await, beforeExit still fires once the loop is empty; then exit 13.
process.on('beforeExit', (code) => console.log('beforeExit', code, process.exitCode));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await new Promise((resolve) => setTimeout(() => { console.log('timer'); }, 10));
