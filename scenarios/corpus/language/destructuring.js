const { a, b: { c = 3, d } = {}, ...rest } = { a: 1, b: { d: 4 }, e: 5, f: 6 };
console.log(a, c, d, rest);
const [x, , y = 'def', ...others] = [10, 20, undefined, 40, 50];
console.log(x, y, others.length, others[0], others[1]);
function f({ name, age = 30 } = {}, [first] = ['none']) {
  return `${name} ${age} ${first}`;
}
console.log(f({ name: 'ann' }, ['z']));
console.log(f());
let p = 1, q = 2;
[p, q] = [q, p];
console.log(p, q);
