// A throw inside the uncaughtException handler that received an unhandled rejection also gives exit code 7.
process.on('uncaughtException', (err, origin) => {
  console.log('handler:', origin);
  throw new Error('rethrown');
});
Promise.reject(new Error('rejected'));
