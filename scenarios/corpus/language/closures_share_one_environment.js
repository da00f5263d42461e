function makeAccount(balance) {
  return {
    deposit(n) { balance += n; return balance; },
    withdraw(n) { balance -= n; return balance; },
    peek: () => balance,
  };
}
const acct = makeAccount(10);
acct.deposit(5);
acct.withdraw(3);
console.log('balance', acct.peek());
const other = makeAccount(100);
console.log('separate', other.peek(), acct.peek());
function counterPair() {
  let n = 0;
  return [() => ++n, () => --n];
}
const [inc, dec] = counterPair();
inc(); inc(); inc(); dec();
console.log('after inc x3 dec x1:', inc());
const adders = [1, 2, 3].map((k) => (x) => x + k);
console.log(adders.map((f) => f(10)));
function once(fn) {
  let done = false, result;
  return (...args) => (done ? result : ((done = true), (result = fn(...args))));
}
const init = once((x) => { console.log('running init with', x); return x * 2; });
console.log(init(21), init(99));
function curry(a) { return (b) => (c) => a + b + c; }
console.log(curry('a')('b')('c'));
let late = 'before';
const seeLate = () => late;
late = 'after';
console.log('closure reads live binding:', seeLate());
function makeGens() {
  const out = [];
  for (var i = 0; i < 3; i++) out.push(((j) => () => j)(i));
  return out.map((f) => f());
}
console.log('iife captures:', makeGens());
