function recurse() { return recurse(); }
async function inAsync() { recurse(); }
inAsync().catch((e) => console.log('async rejected with', e.name, e.message));
new Promise(() => recurse()).catch((e) => console.log('executor rejected with', e.name));
Promise.resolve().then(() => recurse()).catch((e) => console.log('then rejected with', e.constructor.name));
function* gen() { yield recurse(); }
try { gen().next(); } catch (e) { console.log('generator threw', e.name); }
async function deepAwait(n) { if (n === 0) return 'bottom'; return deepAwait(n - 1); }
deepAwait(500).then((v) => console.log('500 nested async calls:', v));
const arrow = async () => arrow();
arrow().catch((e) => console.log('async arrow recursion:', e instanceof RangeError));
console.log('sync done');
