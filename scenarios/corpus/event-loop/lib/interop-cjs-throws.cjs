console.log('interop-cjs-throws.cjs runs');
throw new Error('thrown while loading interop-cjs-throws.cjs');
