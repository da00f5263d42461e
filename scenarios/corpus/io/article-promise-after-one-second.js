/*---
description: A promise resolved by a one-second timer hands its value to then() at 1000 ms.
expect:
  timings:
    - line: done!
      at: 1000
---*/
const promise = new Promise((resolve) => {
  setTimeout(() => resolve('done!'), 1000);
});
console.log('waiting…');
promise.then((value) => console.log(value));
