// A required module runs once; later requires get the cached exports, whatever the spelling.
const first = require('./lib/modules-counter');
const second = require('./lib/modules-counter.js');
const third = require('./lib/../lib/modules-counter');
console.log(first === second, second === third);
console.log(first.next(), second.next(), third.next());
console.log('filename ok:', first.filenameEndsWith);
console.log('cached under its filename:', require.cache[require.resolve('./lib/modules-counter')].exports === first);
