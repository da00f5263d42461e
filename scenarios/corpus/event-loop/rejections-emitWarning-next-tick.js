// process.emitWarning emits 'warning' on a later tick: after the nextTicks already queued, before the
// microtasks (a CommonJS main script drains ticks first). Name, code and detail come from the options.
const log = (s) => console.log(s);
process.on('warning', (w) => log('warning: ' + w.name + ' code=' + w.code + ' detail=' + w.detail + ' message=' + w.message));
process.nextTick(() => log('nextTick queued first'));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning', 'CODE_1');
process.emitWarning('with options', { type: 'OptionsWarning', code: 'CODE_2', detail: 'more' });
Promise.resolve().then(() => log('microtask'));
try { process.emitWarning(42); } catch (e) { log(e.code + ': ' + e.message); }
log('sync end, ' + process.listenerCount('warning') + ' warning listeners');
