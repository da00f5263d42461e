// process.nextTick passes its extra arguments to the callback.
process.nextTick((a, b, c) => console.log('args', a, b, c), 1, 'two', [3]);
process.nextTick(function () { console.log('argument count', arguments.length); }, 'x', undefined, null);
process.nextTick(() => console.log('no args'));
