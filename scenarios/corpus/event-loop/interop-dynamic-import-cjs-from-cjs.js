// import() from a CommonJS main script: the CommonJS file's namespace, sharing require's cache.
const required = require('./lib/interop-cjs-lib.js');
required.touched = true;
import('./lib/interop-cjs-lib.js').then((ns) => {
  console.log(ns.default === required, ns.default.touched, ns.add(2, 2));
  return import('./lib/interop-esm-imports-cjs.mjs');
}).then((ns) => {
  console.log(ns.sum, ns.lib === required);
});
console.log('main script done');
