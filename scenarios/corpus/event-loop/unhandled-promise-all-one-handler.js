// Promise.all handles its inputs: a rejection seen only through a caught Promise.all is not unhandled.
process.on('unhandledRejection', (r) => console.log('unhandledRejection (never)', r));
const a = Promise.reject(new Error('a failed'));
const b = new Promise((_, reject) => setTimeout(() => reject(new Error('b failed')), 5));
Promise.all([a, b]).catch((e) => console.log('all rejected with', e.message));
setTimeout(() => console.log('after b rejected'), 10);
