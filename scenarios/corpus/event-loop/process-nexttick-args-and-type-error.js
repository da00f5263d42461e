// nextTick callbacks get their arguments in order; a missing callback is a TypeError thrown synchronously.
process.nextTick(function (x, y) { console.log('args', x, y, 'arguments', arguments.length); }, 'a', 'b');
try {
  process.nextTick('not a function');
} catch (e) {
  console.log(e.name, e.code);
}
