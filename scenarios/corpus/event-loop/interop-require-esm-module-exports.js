// An ES module can choose what require() returns by exporting a name 'module.exports'.
const greet = require('./lib/interop-esm-module-exports.mjs');
console.log(typeof greet, greet('node'));
