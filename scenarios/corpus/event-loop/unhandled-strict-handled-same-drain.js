// flags: --unhandled-rejections=strict
// strict mode: a rejection handled later in the same drain is still fine.
const p = Promise.reject(new Error('handled in time'));
queueMicrotask(() => p.catch((e) => console.log('caught', e.message)));
setTimeout(() => console.log('timer runs'), 1);
