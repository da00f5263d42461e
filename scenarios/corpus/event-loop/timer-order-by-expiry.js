// Timers fire in order of their expiry time, not the order in which they were created.
setTimeout(() => console.log('60 ms'), 60);
setTimeout(() => console.log('20 ms'), 20);
setTimeout(() => console.log('40 ms'), 40);
setTimeout(() => console.log('1 ms'), 1);
console.log('scheduled');
