// Promise reactions and queueMicrotask share one FIFO queue.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => console.log('qm 2'));
Promise.reject(new Error('x')).catch(() => console.log('catch 1'));
queueMicrotask(() => {
  console.log('qm 3');
  queueMicrotask(() => console.log('qm 3.1'));
  Promise.resolve().then(() => console.log('then 3.2'));
});
Promise.resolve().then(() => console.log('then 2'));
