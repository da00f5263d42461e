// flags: --unhandled-rejections=none
// none mode still emits unhandledRejection to listeners.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));
Promise.reject('quiet reason');
process.on('exit', (code) => console.log('exit', code));
