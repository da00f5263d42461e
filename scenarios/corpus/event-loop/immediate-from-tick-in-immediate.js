// An immediate queued from a nextTick inside an immediate still waits for the next iteration.
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => {
    console.log('tick in immediate 1');
    setImmediate(() => console.log('immediate from tick'));
  });
});
setImmediate(() => console.log('immediate 2'));
