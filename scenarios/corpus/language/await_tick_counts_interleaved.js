const out = [];
const tick = (n) => { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => out.push('t' + i)); return p; };
async function awaitValue() { await 1; out.push('await value'); }
async function awaitNative() { await Promise.resolve(); out.push('await native promise'); }
async function awaitThenable() { await { then(r) { r(); } }; out.push('await thenable'); }
async function awaitAsyncCall() { await (async () => {})(); out.push('await async call'); }
async function awaitTwice() { await null; await null; out.push('await twice'); }
async function returnPromise() { return Promise.resolve(); }
async function callsReturnPromise() { await returnPromise(); out.push('await fn returning promise'); }
awaitValue();
awaitNative();
awaitThenable();
awaitAsyncCall();
awaitTwice();
callsReturnPromise();
tick(6).then(() => console.log(out.join(' ')));
