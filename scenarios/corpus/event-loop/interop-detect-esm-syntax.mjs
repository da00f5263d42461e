// With no package.json "type", a .js file that only parses as a module is loaded as one (syntax detection),
// by import and by require alike.
import { detected } from './lib/interop-esm-syntax.js';
console.log(detected);
const viaImport = await import('./lib/interop-esm-syntax.js');
console.log(viaImport.detected === detected);
