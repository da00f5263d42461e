class Money {
  constructor(amount, cur) { this.amount = amount; this.cur = cur; }
  toJSON(key) { return `${this.amount} ${this.cur}` + (key ? ` (key ${key})` : ''); }
}
console.log(JSON.stringify(new Money(5, 'EUR')));
console.log(JSON.stringify({ price: new Money(3, 'USD'), list: [new Money(1, 'GBP')] }));
console.log(JSON.stringify({ d: new Date(Date.UTC(2020, 0, 31, 12)) }));
console.log(JSON.stringify({ toJSON() { return undefined; } }), JSON.stringify({ a: { toJSON() { return undefined; } } }));
console.log(JSON.stringify({ nested: { toJSON() { return { replaced: true }; } } }, null, 1));
const invalidDate = new Date(NaN);
console.log(JSON.stringify({ invalidDate }), invalidDate.toJSON());
const circ = { name: 'loop' };
circ.self = circ;
try { JSON.stringify(circ); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
const arr = [1];
arr.push(arr);
try { JSON.stringify(arr); } catch (e) { console.log(e.name); }
const shared = { v: 1 };
console.log(JSON.stringify({ a: shared, b: shared, c: [shared, shared] }));
let deep = {};
const root = deep;
for (let i = 0; i < 20; i++) { deep.next = {}; deep = deep.next; }
console.log(JSON.stringify(root).length, JSON.parse(JSON.stringify(root)).next.next.next !== undefined);
console.log(JSON.stringify({ a: 1, b: [1, 2] }, (k, v) => (Array.isArray(v) ? v.join('|') : v)));
