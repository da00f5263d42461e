console.log('plain');
let p = Promise.resolve();
for (let i = 1; i <= 4; i++) p = p.then(() => console.log('plain job ' + i));
