// Fractional delays are truncated to pick a list: 3.9 and 3 share a list and fire in creation order.
setTimeout(() => console.log('delay 3.9'), 3.9);
setTimeout(() => console.log('delay 3'), 3);
setTimeout(() => console.log('delay 3.1'), 3.1);
setTimeout(() => console.log('delay 30'), 30);
