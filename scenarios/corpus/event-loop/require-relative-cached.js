// require('./lib/x.js') loads the file once; later requires return the same cached exports.
console.log('before require');
const a = require('./lib/counter.js');
const b = require('./lib/counter');
console.log('same object:', a === b);
console.log(a.next(), b.next(), a.next());
