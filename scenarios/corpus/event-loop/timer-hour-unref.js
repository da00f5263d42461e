// An unref'd one-hour timer and a cleared two-hour timer do not keep the loop alive; the 50 ms one runs.
const hour = setTimeout(() => console.log('one hour (never)'), 60 * 60 * 1000);
hour.unref();
const twoHours = setTimeout(() => console.log('two hours (never)'), 2 * 60 * 60 * 1000);
setTimeout(() => {
  console.log('50 ms timer clears the two-hour timer');
  clearTimeout(twoHours);
}, 50);
console.log('hasRef:', hour.hasRef(), twoHours.hasRef());
process.on('exit', (code) => console.log('exit', code));
