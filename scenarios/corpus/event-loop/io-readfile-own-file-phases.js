// fs.readFile and fs.promises.readFile of the script's own file: each callback runs in the poll phase,
// its nextTicks and promise jobs right after it, its immediate before any new timer.
const fs = require('fs');
const fsp = require('fs/promises');
fs.readFile(__filename, 'utf8', (err, text) => {
  console.log('readFile callback', err, text.startsWith('// fs.readFile'));
  process.nextTick(() => console.log('nextTick in callback'));
  Promise.resolve().then(() => console.log('promise job in callback'));
  setImmediate(() => console.log('immediate from callback'));
  setTimeout(() => {
    console.log('timeout from callback');
    fsp.readFile(__filename).then((data) => {
      console.log('promises.readFile', typeof data, data.length > 100, String(data).split('\n')[0]);
      setImmediate(() => console.log('immediate after await'));
      setTimeout(() => console.log('timeout after await'), 0);
    });
  }, 0);
});
console.log('main done', fs.promises === fsp);
