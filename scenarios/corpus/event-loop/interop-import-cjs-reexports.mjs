// Names reexported with ...require() in an object literal and with module.exports = require() are named exports.
import { local, leaf, alsoLeaf } from './lib/interop-cjs-reexport-index.js';
import * as ns from './lib/interop-cjs-reexport-index.js';
console.log(local(), leaf, alsoLeaf);
console.log(Object.keys(ns));
