// flags: --unhandled-rejections=strict
// An object with an own 'stack' property counts as error-like: strict mode passes it to
// 'uncaughtException' as it is, and then emits 'unhandledRejection' with the same object.
const log = (s) => console.log(s);
const reason = { stack: 'my stack', message: 'my message' };
process.on('uncaughtException', (err, origin) => log('uncaughtException: same object=' + (err === reason) + ' origin=' + origin));
process.on('unhandledRejection', (r) => log('unhandledRejection: same object=' + (r === reason)));
Promise.reject(reason);
