// Helper for require-uses-builtin.js: a module that itself requires a built-in.
const EventEmitter = require('node:events');
module.exports = new EventEmitter();
