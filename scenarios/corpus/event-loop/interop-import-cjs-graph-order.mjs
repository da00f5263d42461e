// A CommonJS module runs where the ES module graph reaches it, after a sibling's top-level await started;
// its nextTick waits until the whole module body's microtasks are done.
import './lib/interop-esm-tla-sibling.mjs';
import './lib/interop-esm-plain-sibling.mjs';
console.log('main body');
process.nextTick(() => console.log('main nextTick'));
