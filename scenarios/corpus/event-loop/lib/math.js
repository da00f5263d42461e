// Helper for require-* scripts: exports through the `exports` shorthand.
exports.add = (a, b) => a + b;
exports.later = (value, ms, cb) => setTimeout(() => cb(value), ms);
