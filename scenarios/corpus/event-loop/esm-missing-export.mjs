// Importing a name the module does not export fails at link time: nothing runs, exit code 1.
import { y } from './lib/esm-only-x.mjs';
console.log('never runs', y);
