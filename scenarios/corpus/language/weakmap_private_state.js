const privates = new WeakMap();
class Counter {
  constructor() { privates.set(this, { count: 0 }); }
  inc() { privates.get(this).count++; return this; }
  get count() { return privates.get(this).count; }
}
const c = new Counter().inc().inc();
console.log(c.count, privates.has(c), privates.has({}));
const ws = new WeakSet();
ws.add(c);
console.log(ws.has(c));
console.log(c);
