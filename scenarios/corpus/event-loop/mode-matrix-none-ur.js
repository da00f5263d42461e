// flags: --unhandled-rejections=none
// Reference case 54 (mode × listeners matrix), row none UR: an 'unhandledRejection' listener, an 'exit'
// listener, a 10 ms timer, then Promise.reject(new Error('boom')) from the main script.
process.on('unhandledRejection', (r) => console.log('unhandledRejection(' + r.message + ')'));
process.on('exit', (c) => console.log('exit(' + c + ')'));
setTimeout(() => console.log('timeout'), 10);
Promise.reject(new Error('boom'));
