// import.meta in Node v20: url, filename, dirname and resolve.
console.log(Object.keys(import.meta));
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/esm-import-meta.mjs'));
console.log(import.meta.filename.endsWith('/esm-import-meta.mjs'), import.meta.url === 'file://' + import.meta.filename);
console.log(import.meta.filename === import.meta.dirname + '/esm-import-meta.mjs');
console.log(import.meta.resolve('./lib/x.mjs') === 'file://' + import.meta.dirname + '/lib/x.mjs');
console.log(typeof import.meta.resolve, Object.getPrototypeOf(import.meta));
