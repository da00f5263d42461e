const fns = [];
for (const err of ['e1', 'e2']) {
  try { throw new Error(err); } catch (e) { fns.push(() => e.message); }
}
console.log(fns.map((f) => f()));
const whileFns = [];
let i = 0;
while (i < 3) { const captured = i; whileFns.push(() => captured); i++; }
console.log(whileFns.map((f) => f()));
const doFns = [];
let k = 0;
do { let inner = k * 10; doFns.push(() => inner++); } while (++k < 2);
console.log(doFns.map((f) => f()), doFns.map((f) => f()));
const switchFns = [];
for (let n = 0; n < 2; n++) {
  switch (n) { case 0: { const label = 'zero'; switchFns.push(() => label); break; } default: { const label = 'other'; switchFns.push(() => label); } }
}
console.log(switchFns.map((f) => f()));
function makeCounter() {
  let count = 0;
  function increment() { return ++count; }
  function reset() { count = 0; }
  return { increment, reset, get value() { return count; } };
}
const c1 = makeCounter(), c2 = makeCounter();
c1.increment(); c1.increment(); c2.increment();
console.log(c1.value, c2.value);
c1.reset();
console.log(c1.value, c1.increment(), c2.value);
const byName = {};
for (const name of ['a', 'b']) byName[name] = function () { return name + ':' + this.tag; };
console.log(byName.a.call({ tag: 'x' }), byName.b.call({ tag: 'y' }));
let x = 'global x';
function dynamicLooking() { return x; }
function caller() { let x = 'caller x'; return dynamicLooking(); }
console.log('lexical not dynamic:', caller());
