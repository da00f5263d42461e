// Sibling modules with top-level await: each starts in order, and the importer runs after all of them.
import './lib/esm-tla-x.mjs';
import './lib/esm-tla-y.mjs';
import './lib/esm-tla-z.mjs';
console.log('main runs');
