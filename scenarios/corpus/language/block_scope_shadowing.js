let a = 'outer a';
const b = 'outer b';
{
  let a = 'block a';
  const b = 'block b';
  { let a = 'inner a'; console.log(a, b); }
  console.log(a, b);
}
console.log(a, b);
if (true) {
  let scoped = 'if block';
  var functionScoped = 'var in if';
  console.log(scoped);
}
console.log(typeof scoped, functionScoped);
try {
  throw new Error('boom');
} catch (a) {
  console.log('catch param shadows:', a.message);
  let inner = 'catch block';
  console.log(inner);
}
console.log(a);
function params(x) {
  { let x = 'block x'; console.log('block:', x); }
  return x;
}
console.log('param:', params('param x'));
const fns = [];
{
  let k = 0;
  fns.push(() => k);
  k = 5;
}
console.log('captured block let:', fns[0]());
label: { const inLabel = 'labelled block'; console.log(inLabel); break label; }
for (const v of [1]) { const v2 = v * 2; console.log('loop const', v, v2); }
