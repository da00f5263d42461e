import './interop-esm-tla-sibling.mjs';
console.log('interop-esm-imports-tla.mjs runs');
