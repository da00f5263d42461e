console.log('interop-esm-counter.mjs runs');
export let count = 0;
export function increment() { count++; }
export default 'counter default';
