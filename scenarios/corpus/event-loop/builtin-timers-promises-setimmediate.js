// timers/promises setImmediate resolves in the check phase, after the current callback's microtasks.
const { setImmediate: immediate } = require('node:timers/promises');
setTimeout(async () => {
  Promise.resolve().then(() => console.log('microtask in timer'));
  const v = await immediate('immediate value');
  console.log('awaited', v);
}, 1);
