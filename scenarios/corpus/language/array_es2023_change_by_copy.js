const original = [3, 1, 2];
const sorted = original.toSorted();
const reversed = original.toReversed();
const spliced = original.toSpliced(1, 1, 'a', 'b');
const replaced = original.with(-1, 'last');
console.log(original, sorted, reversed, spliced, replaced);
console.log([10, 9, 100].toSorted(), [10, 9, 100].toSorted((a, b) => a - b));
console.log([1, , 3].toReversed(), [1, , 3].toSorted(), [, 'x'].with(0, 'y'));
try { original.with(5, 'x'); } catch (e) { console.log(e.name, e.message); }
try { original.toSorted('not a function'); } catch (e) { console.log(e.name); }
console.log(original.toSpliced(), original.toSpliced(1), original.toSpliced(-1, 0, 'z'));
const nums = [5, 12, 8, 130, 44, 3];
console.log(nums.findLast((n) => n > 10), nums.findLastIndex((n) => n > 10), nums.findLast((n) => n > 1000), nums.findLastIndex((n) => n < 0));
console.log(nums.at(0), nums.at(-1), nums.at(99), nums.at(-99));
const arrayLike = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
console.log(Array.prototype.toSorted.call(arrayLike), Array.prototype.toReversed.call(arrayLike), Array.prototype.with.call(arrayLike, 1, 'z'));
console.log(Array.prototype[Symbol.unscopables].toSorted, sorted === original, Array.isArray(replaced));
const visited = [];
[1, 2, 3].findLast((v, i, a) => { visited.push(i); return false; });
console.log('findLast visits from end:', visited);
