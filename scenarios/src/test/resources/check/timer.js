/*---
description: a timer prints after the synchronous code, at its delay in virtual time
expect:
  timings:
    - line: sync
      at: 0
    - line: timeout
      at: 100
---*/
setTimeout(() => console.log('timeout'), 100);
console.log('sync');
