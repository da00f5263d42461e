const fromBody = [];
for (let i = 0; i < 3; i++) {
  fromBody.push(() => i);
  i += 0;
}
console.log(fromBody.map((f) => f()));
const mutatedInBody = [];
for (let i = 0; i < 6; i++) {
  mutatedInBody.push(() => i);
  i++;
}
console.log(mutatedInBody.map((f) => f()));
const setters = [];
const getters = [];
for (let i = 0; i < 3; i++) {
  getters.push(() => i);
  setters.push((v) => { i = v; });
}
setters[1](100);
console.log(getters.map((f) => f()));
const fromHead = [];
for (let i = 0, f = () => i; i < 3; i++) fromHead.push(f);
console.log('closure in init sees first copy:', fromHead.map((f) => f()));
const forIn = [];
for (const key in { a: 1, b: 2, c: 3 }) forIn.push(() => key);
console.log(forIn.map((f) => f()));
const forOf = [];
for (let [x, y] of [[1, 2], [3, 4]]) forOf.push(() => x + y);
console.log(forOf.map((f) => f()));
const withVar = [];
for (var j = 0; j < 3; j++) withVar.push(() => j);
console.log('var shares one binding:', withVar.map((f) => f()));
let count = 0;
for (const c = 1; count < 2; count++) console.log('const loop body', c, count);
try {
  for (const c = 0; c < 2; c++) {}
} catch (e) {
  console.log(e.name, e.message);
}
