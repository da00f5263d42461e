const a = ['x', 'y', 'x', 'z', 'x'];
console.log(a.indexOf('x'), a.indexOf('x', 1), a.indexOf('x', -1), a.indexOf('x', -100), a.indexOf('x', 100));
console.log(a.lastIndexOf('x'), a.lastIndexOf('x', 3), a.lastIndexOf('x', -2), a.lastIndexOf('x', -100), a.lastIndexOf('x', 100));
console.log(a.includes('z', 3), a.includes('z', 4), a.includes('x', -1), a.includes('y', -4));
console.log([1, 2, 3].indexOf('1'), [1, 2, 3].includes('1'), [[1]].indexOf([1]), [null].indexOf(undefined));
console.log([-0].includes(0), [0].indexOf(-0), [NaN].findIndex(Number.isNaN), [undefined].includes(), [].includes());
console.log(Array.prototype.indexOf.call({ length: 3, 0: 'a', 2: 'a' }, 'a', 1), Array.prototype.includes.call('abc', 'b'));
console.log([1, 2, 3, 4].find((v, i) => i === 2), [1, 2, 3].findIndex((v) => v > 5), [5, 1, 4].findLast((v) => v < 5));
const ctx = { limit: 2 };
console.log([1, 2, 3].filter(function (v) { return v > this.limit; }, ctx), [1, 2, 3].some(function (v) { return v === this.limit; }, ctx));
console.log('banana'.indexOf('an', 2), 'banana'.lastIndexOf('an', 2), 'banana'.includes('nan', 3), 'banana'.indexOf(''), 'banana'.lastIndexOf(''));
console.log('abc'.indexOf('c', -5), 'abc'.indexOf('', 10), 'abc'.startsWith('', 3), 'abc'.endsWith('a', 1));
try { 'abc'.startsWith(/a/); } catch (e) { console.log(e.name, e.message); }
console.log([1, 2, 3].indexOf(3, 2.9), [1, 2, 3].indexOf(2, '1'), [1, 2, 3].lastIndexOf(3, undefined));
