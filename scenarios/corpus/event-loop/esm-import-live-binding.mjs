// Imports are live bindings: the importer sees the exporter's current value.
import reset, { count, increment } from './lib/esm-counter.mjs';
import * as counter from './lib/esm-counter.mjs';
console.log(count, counter.count);
increment();
increment();
console.log(count, counter.count);
reset();
console.log(count, counter.count);
try {
  count = 10;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
