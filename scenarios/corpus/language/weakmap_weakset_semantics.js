const wm = new WeakMap();
const k1 = {};
const k2 = function () {};
wm.set(k1, 'object key').set(k2, 'function key');
console.log(wm.get(k1), wm.get(k2), wm.has({}), wm.get({}), wm.delete(k1), wm.has(k1), wm.delete(k1));
for (const bad of [1, 'str', null, undefined, Symbol.for('registered')]) {
  try { wm.set(bad, 1); console.log('accepted', String(bad)); } catch (e) { console.log(e.name, e.message); }
}
console.log(wm.has(1), wm.get('x'), wm.delete(null));
const symKey = Symbol('unique');
try { wm.set(symKey, 'symbol key'); console.log('symbol key:', wm.get(symKey)); } catch (e) { console.log('symbol key', e.name); }
const ws = new WeakSet([k1]);
ws.add(k2);
console.log(ws.has(k1), ws.has(k2), ws.has({}), ws.delete(k2), ws.has(k2));
try { ws.add(5); } catch (e) { console.log(e.name, e.message); }
console.log(typeof wm.size, typeof wm.forEach, typeof ws[Symbol.iterator], typeof wm.clear);
console.log(Object.prototype.toString.call(wm), Object.prototype.toString.call(ws));
const tags = new WeakSet();
class Tagged { constructor() { tags.add(this); } static is(o) { return tags.has(o); } }
console.log(Tagged.is(new Tagged()), Tagged.is({}));
const cache = new WeakMap();
function area(rect) {
  if (!cache.has(rect)) { console.log('computing'); cache.set(rect, rect.w * rect.h); }
  return cache.get(rect);
}
const r = { w: 2, h: 3 };
console.log(area(r), area(r), area({ w: 1, h: 1 }));
console.log(new WeakMap([[k1, 'from iterable']]).get(k1));
