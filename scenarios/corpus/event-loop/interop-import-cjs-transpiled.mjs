// Transpiler output: __esModule is just a name, default stays module.exports, the star-export loop reexports,
// a getter returning a member is a name (read once, when the module ran), one that calls is not.
import def, * as ns from './lib/interop-cjs-transpiled.cjs';
console.log(Object.keys(ns));
console.log(def.default, ns.named, ns.leaf, ns.__esModule, ns.count, def.next);
