// From an ES module body, setImmediate runs before setTimeout(0) (the body runs after a poll-phase load).
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
console.log('body');
