/*---
description: Reading a file that does not exist calls back with an ENOENT error carrying Node's code, errno, syscall and path, and a message naming the path.
latency: fixed(5)
expect:
  timings:
    - line: 'code ENOENT, errno -2, syscall open'
      at: 5
---*/
const fs = require('fs');
const missing = `${__dirname}/settings.local.json`;

fs.readFile(missing, 'utf8', (error, text) => {
  console.log('text is', text);
  console.log(`code ${error.code}, errno ${error.errno}, syscall ${error.syscall}`);
  console.log('path is the one asked for:', error.path === missing);
  console.log(error.message.replace(__dirname, '<dir>'));
  console.log('an Error:', error instanceof Error);
});
