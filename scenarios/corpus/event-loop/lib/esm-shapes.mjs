export const zeta = 26;
export let alpha = 'a';
export function beta() {}
export class Gamma {}
export default [1, 2];
export { alpha as aliased };
