class Range {
  constructor(from, to, step = 1) { Object.assign(this, { from, to, step }); }
  *[Symbol.iterator]() { for (let v = this.from; v <= this.to; v += this.step) yield v; }
}
const r = new Range(1, 10, 3);
console.log([...r], Array.from(r), Math.max(...r), new Set(r).size);
const [first, , third = 'def', ...rest] = r;
console.log(first, third, rest);
console.log(Object.fromEntries([...new Range(1, 3)].map((n) => [`k${n}`, n])));
class LinkedList {
  constructor(...items) { this.head = null; for (const i of items.reverse()) this.head = { value: i, next: this.head }; }
  [Symbol.iterator]() {
    let node = this.head;
    return { next: () => { if (!node) return { done: true, value: undefined }; const value = node.value; node = node.next; return { done: false, value }; }, [Symbol.iterator]() { return this; } };
  }
}
const list = new LinkedList('a', 'b', 'c');
console.log([...list], [...list].join(''), new Map([...list].entries()));
for (const v of list) console.log('item', v);
const it = list[Symbol.iterator]();
it.next();
console.log('resume partial:', [...it]);
const notIterable = { length: 2, 0: 'x', 1: 'y' };
console.log(Array.from(notIterable));
const badNext = { [Symbol.iterator]() { return { next() { return 42; } }; } };
try { [...badNext]; } catch (e) { console.log(e.name, e.message); }
const stringIter = 'a😀b'[Symbol.iterator]();
console.log(stringIter.next(), stringIter.next(), [...stringIter]);
function fn(...args) { return args.length; }
console.log(fn(...new Range(1, 5)), fn(...'hey', ...[1, 2]));
