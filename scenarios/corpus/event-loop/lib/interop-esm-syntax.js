// A .js file with no package.json "type" above it: module syntax makes node load it as an ES module.
export const detected = 'es module by syntax detection';
console.log('interop-esm-syntax.js runs; typeof module is', typeof module);
