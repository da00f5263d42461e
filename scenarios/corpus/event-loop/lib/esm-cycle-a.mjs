import { b, describeB } from './esm-cycle-b.mjs';
console.log('a runs, sees', b, describeB());
export const a = 'A';
export function describeA() {
  return 'hoisted describeA';
}
