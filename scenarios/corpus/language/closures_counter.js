function makeCounter(start) {
  let count = start;
  return {
    inc() { count += 1; return count; },
    dec() { count -= 1; return count; },
    get value() { return count; },
  };
}
const c = makeCounter(10);
c.inc(); c.inc(); c.dec();
console.log('value', c.value);
const counters = [makeCounter(0), makeCounter(100)];
for (const k of counters) k.inc();
console.log(counters[0].value, counters[1].value);
