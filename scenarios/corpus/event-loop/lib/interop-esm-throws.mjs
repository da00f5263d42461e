console.log('interop-esm-throws.mjs runs');
throw new TypeError('thrown while evaluating interop-esm-throws.mjs');
