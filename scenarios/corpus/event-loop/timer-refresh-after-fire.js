// refresh() on a timer that already fired makes it fire again.
let count = 0;
const t = setTimeout(() => {
  count++;
  console.log('fired', count);
}, 5);
setTimeout(() => {
  console.log('refreshing after it fired');
  t.refresh();
}, 20);
process.on('exit', () => console.log('fired', count, 'times'));
