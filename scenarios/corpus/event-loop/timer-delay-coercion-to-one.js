// Delays 0, 1, negative, NaN, a non-numeric string and undefined all become 1 ms: one list, FIFO.
setTimeout(() => console.log('delay 1'), 1);
setTimeout(() => console.log('delay 0'), 0);
setTimeout(() => console.log('delay -10'), -10);
setTimeout(() => console.log('delay NaN'), NaN);
setTimeout(() => console.log("delay 'soon'"), 'soon');
setTimeout(() => console.log('delay undefined'));
setTimeout(() => console.log('delay null'), null);
setTimeout(() => console.log('delay 30'), 30);
