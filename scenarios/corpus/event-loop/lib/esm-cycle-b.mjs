import { a, describeA } from './esm-cycle-a.mjs';
console.log('b runs, calls', describeA());
try {
  console.log(a);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
export const b = 'B';
export function describeB() {
  return 'hoisted describeB';
}
