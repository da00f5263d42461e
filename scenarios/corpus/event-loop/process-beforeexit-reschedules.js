// 'beforeExit' fires whenever the loop runs dry; work scheduled in it keeps the process going.
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit', rounds, 'code', code);
  if (rounds === 1) setTimeout(() => console.log('timer from beforeExit 1'), 10);
  if (rounds === 2) setImmediate(() => console.log('immediate from beforeExit 2'));
});
process.on('exit', (code) => console.log('exit', code, 'after', rounds, 'beforeExit events'));
console.log('main');
