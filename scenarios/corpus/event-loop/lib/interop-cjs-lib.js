// A CommonJS helper imported by ES modules: names cjs-module-lexer finds, and one it cannot.
console.log('interop-cjs-lib.js runs');
exports.add = (a, b) => a + b;
module.exports.version = '1.0';
Object.defineProperty(exports, 'frozen', { enumerable: true, value: 'yes' });
const hidden = 'computed';
exports[hidden] = 'not a named export';
