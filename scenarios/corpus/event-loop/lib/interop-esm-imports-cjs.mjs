import lib, { add } from './interop-cjs-lib.js';
export const sum = add(2, 3);
export { lib };
