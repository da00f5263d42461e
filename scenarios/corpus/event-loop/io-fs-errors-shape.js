// Errors of the fake filesystem have node's shape: message, errno, code, syscall and path; the callback
// API's have no stack frames, the promise API's do.
const fs = require('fs');
const here = (s) => s.split(__dirname).join('.');
fs.readFile(__dirname + '/no-such-file.txt', (err, data) => {
  console.log(here(err.message), err.errno, err.code, err.syscall, here(err.path), data);
  console.log(Object.keys(err), here(err.stack));
  fs.stat(__dirname + '/missing', (err) => {
    console.log(here(err.message));
    fs.readdir(__filename, (err) => {
      console.log(here(err.message), err.code);
      fs.promises.readFile(__dirname + '/nope.json', 'utf8').catch((err) => {
        console.log(here(err.stack));
        console.log(err instanceof Error, err.code);
      });
    });
  });
});
