function* trafficLight() {
  while (true) {
    yield 'green';
    yield 'yellow';
    yield 'red';
  }
}
const light = trafficLight();
let seq = '';
for (let i = 0; i < 7; i++) seq += light.next().value + ' ';
console.log(seq);
function* fib() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
let out = '';
for (const n of fib()) {
  if (n > 100) break;
  out += n + ',';
}
console.log(out);
