// A module with state: evaluated once, so every require sees the same count.
let count = 0;
console.log('counter module evaluated, main is', require.main === module ? 'me' : 'someone else');
exports.next = () => ++count;
exports.filenameEndsWith = __filename.endsWith('/lib/modules-counter.js');
