// A module waits for its async dependency; a synchronous sibling does not, and its jobs interleave.
import './lib/esm-waits-for-leaf.mjs';
import './lib/esm-plain.mjs';
console.log('main');
