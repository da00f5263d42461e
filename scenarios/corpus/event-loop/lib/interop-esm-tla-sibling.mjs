console.log('tla sibling before await');
await null;
console.log('tla sibling after await');
