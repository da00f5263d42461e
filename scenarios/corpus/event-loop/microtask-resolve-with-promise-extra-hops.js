// Resolving a promise with another promise takes two extra hops (NewPromiseResolveThenableJob).
const log = (s) => () => console.log(s);
let p = Promise.resolve();
for (let i = 1; i <= 4; i++) p = p.then(log('hop ' + i));
new Promise((r) => r(Promise.resolve())).then(log('resolved with a promise'));
Promise.resolve().then(() => 1).then(log('then returning a value'));
