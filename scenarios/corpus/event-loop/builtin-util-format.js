// util.format fills %s %d %i %j %o placeholders the way console.log does.
const util = require('util');
console.log(util.format('%s is %d years and %i days', 'Ada', 36.5, 12.9));
console.log(util.format('%j', { a: [1, 2], b: 'x' }));
console.log(util.format('%s %s', 'only one'));
console.log(util.format('extra', 'args', 3, { k: true }));
console.log(util.format('%% literal, %d', 5));
