const sparse = [1, , 3, , 5];
const visited = [];
sparse.forEach((v, i) => visited.push(i));
console.log('forEach skips holes:', visited);
console.log(sparse.map((x) => x * 2), sparse.filter(() => true), sparse.length);
console.log(sparse.reduce((acc, v) => acc + v, 0), sparse.reduceRight((acc, v) => acc + '-' + v));
console.log(sparse.every((v) => v !== undefined), sparse.some((v) => v === undefined), sparse.includes(undefined), sparse.indexOf(undefined));
console.log(sparse.find((v) => v === undefined), sparse.findIndex((v) => v === undefined), Object.keys(sparse));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.name, e.message); }
try { [, ,].reduceRight((a, b) => a); } catch (e) { console.log(e.name, e.message); }
console.log([5].reduce((a, b) => a + b), [].reduce((a, b) => a + b, 'init'));
const steps = [];
[1, 2, 3].reduce((acc, v, i, arr) => { steps.push(`${acc}+${v}@${i}/${arr.length}`); return acc + v; });
console.log(steps);
console.log([].every(() => false), [].some(() => true), [1, 2, 3].every(Number.isInteger));
const growing = [1, 2];
growing.forEach((v) => { if (growing.length < 5) growing.push(v * 10); });
console.log('forEach uses initial length:', growing);
const shrinking = [1, 2, 3, 4];
const seen = [];
shrinking.forEach((v) => { seen.push(v); shrinking.pop(); });
console.log('shrinking:', seen, shrinking);
console.log(Array.prototype.reduce.call('abc', (acc, ch) => ch + acc, ''), [[1, 2], [3]].reduce((a, b) => a.concat(b)));
const counts = ['a', 'b', 'a', 'c', 'a'].reduce((m, k) => ({ ...m, [k]: (m[k] || 0) + 1 }), {});
console.log(counts);
