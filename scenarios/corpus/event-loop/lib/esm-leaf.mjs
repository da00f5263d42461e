console.log('leaf');
await 0;
console.log('leaf after await');
