// clearImmediate right after setImmediate cancels it; clearing twice or clearing nonsense is a no-op.
const a = setImmediate(() => console.log('never'));
clearImmediate(a);
clearImmediate(a);
clearImmediate(undefined);
clearImmediate(null);
setImmediate(() => console.log('still runs'));
