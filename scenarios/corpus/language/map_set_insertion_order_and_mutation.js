const m = new Map([['b', 2], ['a', 1]]);
m.set('c', 3).set('b', 20);
console.log([...m.keys()], [...m.values()], m.size);
m.delete('b');
m.set('b', 200);
console.log('re-added goes last:', [...m.entries()]);
const visited = [];
for (const [k] of m) {
  visited.push(k);
  if (k === 'a') { m.delete('c'); m.set('d', 4); }
}
console.log('mutation during iteration:', visited);
const keyObj = {};
const keyFn = () => {};
const weird = new Map([[NaN, 'nan'], [0, 'zero'], [keyObj, 'obj'], [keyFn, 'fn']]);
console.log(weird.get(NaN), weird.get(-0), weird.get({}), weird.get(keyObj), weird.has(keyFn));
const s = new Set([3, 1, 3, 2, 1]);
console.log([...s], s.size, s.has(2), s.add(1) === s);
const setVisited = [];
const grow = new Set([1]);
for (const v of grow) { setVisited.push(v); if (v < 5) grow.add(v + 1); }
console.log('set grows during iteration:', setVisited);
const cleared = new Map([[1, 1]]);
const it = cleared.entries();
cleared.clear();
cleared.set(2, 2);
console.log('iterator after clear:', it.next());
const order = [];
new Map([['x', 1], ['y', 2]]).forEach(function (v, k, map) { order.push(`${k}=${v}:${map.size}:${this.tag}`); }, { tag: 't' });
console.log(order);
console.log(new Set('hello').size, [...new Set('hello')].join(''), new Map(Object.entries({ p: 1 })).get('p'));
console.log(Object.fromEntries(new Map([['k', 'v']])), Array.from(new Map([[1, 'a']]), ([k, v]) => v + k));
try { new Map([1, 2]); } catch (e) { console.log(e.name, e.message); }
console.log(Map.prototype[Symbol.iterator] === Map.prototype.entries, Set.prototype.keys === Set.prototype.values);
