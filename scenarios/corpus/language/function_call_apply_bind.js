function describe(greeting, punct) { return `${greeting}, ${this.name}${punct}`; }
const ann = { name: 'Ann' };
console.log(describe.call(ann, 'Hi', '!'), describe.apply(ann, ['Hey', '?']), describe.apply(ann));
const bound = describe.bind(ann, 'Hello');
console.log(bound('.'), bound.call({ name: 'ignored' }, '!'));
console.log(bound.name, bound.length, describe.bind(null).name, describe.bind(null, 1, 2, 3).length);
const boundTwice = bound.bind({ name: 'x' }, '~');
console.log(boundTwice(), boundTwice.name);
function Point(x, y) { this.x = x; this.y = y; }
const BoundPoint = Point.bind(null, 1);
const p = new BoundPoint(2);
console.log(p, p instanceof Point, 'prototype' in BoundPoint);
console.log(Math.max.apply(null, [3, 9, 2]), Array.prototype.slice.call('abc'), Array.prototype.map.call('ab', (c) => c + c));
console.log(Function.prototype.call.call(describe, ann, 'Yo', ''));
const arrow = () => this;
console.log('arrow ignores bind:', arrow.bind({ a: 1 })() === arrow());
try { describe.apply(ann, 5); } catch (e) { console.log(e.name, e.message); }
console.log(describe.apply(ann, { length: 2, 0: 'array-like', 1: ';' }));
const method = { n: 5, get() { return this.n; } };
const unbound = method.get;
const rebound = unbound.bind(method);
console.log(rebound(), [1, 2].map(method.get, { n: 'thisArg' }));
console.log(typeof Function.prototype, Function.prototype(), Function.prototype.name === '');
