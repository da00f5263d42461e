const log = [];
async function plainReturn() { return Promise.resolve('plain'); }
async function returnAwait() { return await Promise.resolve('awaited'); }
async function returnValue() { return 'value'; }
plainReturn().then((v) => log.push(v));
returnAwait().then((v) => log.push(v));
returnValue().then((v) => log.push(v));
let p = Promise.resolve();
for (let i = 0; i < 5; i++) p = p.then(() => log.push(i));
p.then(() => console.log('settle order:', log.join(' ')));
async function noCatch() {
  try { return Promise.reject(new Error('escapes try')); } catch (e) { return 'caught?'; }
}
async function withCatch() {
  try { return await Promise.reject(new Error('caught inside')); } catch (e) { return 'caught: ' + e.message; }
}
noCatch().then((v) => console.log('noCatch', v), (e) => console.log('noCatch rejected:', e.message));
withCatch().then((v) => console.log('withCatch', v));
async function finallyOrder() {
  try { return await new Promise((r) => r('x')); } finally { console.log('finally runs after await resolves'); }
}
async function finallyNoAwait() {
  try { return Promise.resolve('y'); } finally { console.log('finally runs before promise resolves'); }
}
finallyOrder().then((v) => console.log('finallyOrder ->', v));
finallyNoAwait().then((v) => console.log('finallyNoAwait ->', v));
