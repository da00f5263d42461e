console.log(new Map([['a', 1]]), new Map(), new Set(), new Set([1, 'two', [3]]));
console.log(new Map([[{ k: 1 }, ['v']], [null, undefined], [NaN, -0]]));
console.log(new Map([['nested', new Map([['inner', new Set([1])]])]]));
const m = new Map([['x', 1], ['y', 2]]);
console.log([...m.keys()], [...m.values()], [...m.entries()], [...m]);
const s = new Set(['p', 'q']);
console.log([...s.values()], [...s.entries()]);
console.log([1, 2].values(), [1, 2].entries(), 'ab'[Symbol.iterator]());
const withProp = new Map([[1, 2]]);
withProp.custom = 'prop';
console.log(withProp);
console.log({ map: new Map([['k', 'v']]), set: new Set([1]) }, [new Map(), new Set()]);
class MyMap extends Map {}
class MySet extends Set {}
console.log(new MyMap([['a', 1]]), new MySet([1]), new MyMap());
const selfMap = new Map();
selfMap.set('me', selfMap);
console.log(selfMap);
const it = new Map([[1, 'one'], [2, 'two']]).entries();
it.next();
console.log('partially consumed:', [...it]);
