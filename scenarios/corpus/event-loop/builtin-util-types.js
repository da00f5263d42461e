// util.types.isPromise is true only for native promises, not for thenables.
const { types } = require('util');
console.log(types.isPromise(Promise.resolve()));
console.log(types.isPromise((async () => {})()));
console.log(types.isPromise({ then() {} }));
console.log(types.isPromise(null));
