/*---
description: writeFile does not create missing directories, so writing into logs/ before it exists fails with ENOENT on open.
latency: fixed(7)
expect:
  timings:
    - line: 'write failed: ENOENT open'
      at: 7
---*/
const fs = require('fs/promises');

fs.writeFile(`${__dirname}/logs/today.log`, 'started\n')
  .then(() => console.log('written'))
  .catch((error) => console.log(`write failed: ${error.code} ${error.syscall}`));
