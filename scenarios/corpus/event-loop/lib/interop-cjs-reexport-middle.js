module.exports = require('./interop-cjs-reexport-leaf.cjs');
