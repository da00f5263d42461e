// import of a CommonJS file: default is module.exports, named exports are the names static analysis finds.
import lib, { add, version, frozen } from './lib/interop-cjs-lib.js';
import * as ns from './lib/interop-cjs-lib.js';
console.log('main body');
console.log(add(1, 2), version, frozen);
console.log(lib === ns.default, Object.keys(ns));
console.log(lib.computed, 'computed' in ns);
