console.log('x start');
await null;
console.log('x after first await');
await null;
console.log('x end');
