const shared = Symbol.for('app.key');
console.log(shared === Symbol.for('app.key'), Symbol.keyFor(shared), Symbol.keyFor(Symbol('local')));
class Money {
  constructor(amount) { this.amount = amount; }
  [Symbol.toPrimitive](hint) {
    return hint === 'number' ? this.amount : `$${this.amount}`;
  }
}
const m = new Money(5);
console.log(+m, `${m}`, m + '');
console.log(Symbol.iterator.toString(), Symbol.asyncIterator.description);
