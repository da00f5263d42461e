function* range(start, end, step = 1) {
  for (let i = start; i < end; i += step) yield i;
}
let out = '';
for (const n of range(0, 10, 3)) out += n + ' ';
console.log(out);
function* conversation() {
  const name = yield 'name?';
  const age = yield `hello ${name}, age?`;
  return `${name} is ${age}`;
}
const g = conversation();
console.log(g.next().value);
console.log(g.next('bob').value);
console.log(g.next(42));
console.log(g.next());
