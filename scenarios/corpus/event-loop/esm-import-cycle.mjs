// In an import cycle the inner module runs first: hoisted functions work, a const is still in its dead zone.
import { a } from './lib/esm-cycle-a.mjs';
import { b } from './lib/esm-cycle-b.mjs';
console.log('main sees', a, b);
