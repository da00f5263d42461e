// timers/promises.setImmediate resolves in the check phase, between the other immediates.
const { setImmediate: nextImmediate } = require('timers/promises');
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('job of immediate 1'));
});
nextImmediate('v').then((v) => console.log('promise immediate', v));
setImmediate(() => console.log('immediate 3'));
