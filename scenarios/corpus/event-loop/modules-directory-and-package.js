// A directory resolves to package.json's main, or to its index.js.
console.log(require('./lib/modules-pkg'));
console.log(require('./lib/modules-dir'));
console.log(require('./lib/modules-dir/'));
