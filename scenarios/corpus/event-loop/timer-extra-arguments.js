// setTimeout passes its extra arguments to the callback.
setTimeout((a, b) => console.log('timeout args', a, b), 5, 'first', { second: 2 });
setTimeout(function () { console.log('count', arguments.length, [...arguments]); }, 10, 1, undefined, 3);
setTimeout((...rest) => console.log('none', rest.length), 15);
