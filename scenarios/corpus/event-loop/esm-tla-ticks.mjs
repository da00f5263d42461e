// Each top-level await of a settled value takes one promise job, as in an async function.
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) p = p.then(() => console.log('tick ' + i));
console.log('start');
await undefined;
console.log('after await 1');
await Promise.resolve(2);
console.log('after await 2');
await { then(r) { r(3); } };
console.log('after await thenable');
