// beforeExit can settle a pending top-level await and let the module finish normally.
let resolve;
process.once('beforeExit', () => {
  console.log('beforeExit resolves the await');
  resolve('from beforeExit');
});
process.on('exit', (code) => console.log('exit', code));
console.log('got', await new Promise((r) => (resolve = r)));
