const countdown = {
  from: 3,
  [Symbol.iterator]() {
    let n = this.from;
    return {
      next: () => (n > 0 ? { value: n--, done: false } : { value: undefined, done: true }),
      return() { console.log('closed'); return { done: true }; },
    };
  },
};
for (const n of countdown) console.log(n);
for (const n of countdown) { if (n === 2) break; console.log('first', n); }
const [first, second] = countdown;
console.log(first, second);
