// flags: --unhandled-rejections=none
// none mode: nothing is printed, the process continues and exits 0.
Promise.reject(new Error('silence'));
Promise.reject('another');
setTimeout(() => console.log('timer runs'), 5);
process.on('exit', (code) => console.log('exit', code));
