// A numeric string delay is converted to a number: '30' waits longer than 10.
setTimeout(() => console.log("delay '30'"), '30');
setTimeout(() => console.log('delay 10'), 10);
setTimeout(() => console.log("delay ' 50 '"), ' 50 ');
setTimeout(() => console.log('delay [40]'), [40]);
