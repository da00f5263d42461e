// require('node:assert') and require('node:assert/strict') are the same modules as without the prefix.
console.log(require('node:assert') === require('assert'));
console.log(require('node:assert/strict') === require('assert/strict'));
require('node:assert/strict').deepStrictEqual([1, 2], [1, 2]);
console.log('deepStrictEqual passed');
