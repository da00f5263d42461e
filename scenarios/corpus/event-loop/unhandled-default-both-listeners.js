// Default mode with both listeners: only unhandledRejection is called, not uncaughtException.
process.on('uncaughtException', () => console.log('uncaughtException (never)'));
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
Promise.reject(new Error('one listener is enough'));
