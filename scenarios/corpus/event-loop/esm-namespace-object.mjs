// A namespace object: null prototype, sorted keys, tag 'Module', read-only, printed as node prints it.
import * as shapes from './lib/esm-shapes.mjs';
console.log(shapes);
console.log(Object.getPrototypeOf(shapes), Object.keys(shapes), String(shapes[Symbol.toStringTag]));
console.log(Reflect.set(shapes, 'alpha', 1), Reflect.deleteProperty(shapes, 'zeta'), Object.isExtensible(shapes));
try {
  shapes.alpha = 'b';
} catch (e) {
  console.log(e.name);
}
