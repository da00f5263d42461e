import { value } from './esm-source.mjs';
export { value };
export { value as renamed, bump } from './esm-source.mjs';
export * as source from './esm-source.mjs';
