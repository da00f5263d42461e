// Default mode: a non-Error reason reaches uncaughtException wrapped in an ERR_UNHANDLED_REJECTION error.
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err.code, err instanceof Error);
});
Promise.reject(42);
process.on('exit', (code) => console.log('exit', code));
