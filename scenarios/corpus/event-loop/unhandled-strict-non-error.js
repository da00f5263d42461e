// flags: --unhandled-rejections=strict
// strict mode with a non-Error reason: uncaughtException gets an ERR_UNHANDLED_REJECTION error.
process.on('uncaughtException', (err, origin) => console.log(origin, err.code, err.name));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));
Promise.reject(undefined);
