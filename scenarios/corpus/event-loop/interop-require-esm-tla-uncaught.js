// Uncaught, ERR_REQUIRE_ASYNC_MODULE ends the process with exit code 1.
process.on('exit', (code) => console.log('exit', code));
console.log('requiring');
require('./lib/interop-esm-tla-sibling.mjs');
console.log('never printed');
