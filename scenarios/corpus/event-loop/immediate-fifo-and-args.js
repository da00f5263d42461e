// Immediates run in creation order and receive their extra arguments.
setImmediate((a, b) => console.log('first', a, b), 1, 2);
setImmediate(() => console.log('second'));
setImmediate((...xs) => console.log('third', xs), 'x', 'y', 'z');
console.log('main');
