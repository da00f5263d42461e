// The module wrapper: exports, require, module, __filename, __dirname; this is module.exports.
console.log(typeof exports, typeof require, typeof module, typeof __filename, typeof __dirname);
console.log(this === module.exports, exports === module.exports, arguments.length);
console.log(require.main === module, module.id, module.loaded, module.parent);
console.log(__filename.endsWith('/modules-wrapper-bindings.js'), __filename.startsWith(__dirname + '/'));
console.log(Object.keys(module), Object.keys(require));
require('./lib/modules-this');
setTimeout(() => console.log('loaded after the main body:', module.loaded), 0);
