// Reexports: an object literal with a spread of require, whose file reexports another with module.exports = require.
module.exports = { local, ...require('./interop-cjs-reexport-middle.js') };
function local() { return 'local'; }
