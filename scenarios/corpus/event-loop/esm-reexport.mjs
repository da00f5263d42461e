// A re-exported import is the original binding: every path to it sees the same live value.
import { value, renamed, bump, source } from './lib/esm-middle.mjs';
console.log(value, renamed, source.value);
bump();
console.log(value, renamed, source.value);
