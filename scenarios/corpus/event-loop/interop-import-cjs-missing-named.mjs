// A named import cjs-module-lexer cannot find is a SyntaxError at link time: nothing runs, exit 1.
console.log('never printed');
import { add, computed } from './lib/interop-cjs-lib.js';
console.log(add, computed);
