// require() of an ES module (node v20.20): its graph runs synchronously and require returns the namespace,
// live bindings included; with a default export the namespace also says __esModule: true.
console.log('before require');
const counter = require('./lib/interop-esm-counter.mjs');
console.log('after require');
counter.increment();
counter.increment();
console.log(counter.count, counter.default, counter.__esModule);
console.log(counter);
console.log(require('./lib/interop-esm-counter.mjs') === counter);
console.log(require('./lib/interop-esm-named-only.mjs'));
console.log(require('./lib/interop-esm-imports-cjs.mjs').sum);
