import './esm-leaf.mjs';
console.log('waiter runs after leaf finished');
await 0;
console.log('waiter after await');
