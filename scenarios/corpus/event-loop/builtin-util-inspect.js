// util.inspect renders values as console.log does, including promises in each state.
const util = require('util');
console.log(util.inspect({ a: 1, nested: { deep: { deeper: { deepest: 1 } } } }));
console.log(util.inspect([1, 'two', [3, [4, [5]]]]));
console.log(util.inspect(Promise.resolve(7)));
const rejected = Promise.reject(new Error('x'));
rejected.catch(() => {});
console.log(util.inspect(new Promise(() => {})));
console.log(util.inspect('str'), util.inspect(null), util.inspect(undefined));
