// A .then without a rejection handler creates a derived promise that is itself unhandled.
process.on('unhandledRejection', (reason, promise) => console.log('unhandled:', reason.message, promise === derived));
const p = Promise.reject(new Error('root'));
p.catch(() => console.log('root handled'));
const derived = p.then(() => 'never');
