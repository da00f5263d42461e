// A .js file under a package.json with "type": "module" is an ES module; .cjs beside it stays CommonJS.
const esm = require('./lib/interop-type-module/esm.js');
console.log(esm.kind, Object.keys(esm));
const cjs = require('./lib/interop-type-module/still-cjs.cjs');
console.log(cjs.kind);
import('./lib/interop-type-module/still-cjs.cjs').then((ns) => console.log(ns.default === cjs));
