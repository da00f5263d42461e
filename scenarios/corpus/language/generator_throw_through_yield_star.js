function* inner() { yield 1; }
function* outer() { try { yield* inner(); } finally { console.log('outer finally'); } }
const g = outer(); g.next();
try { g.throw(new Error('x')); } catch (e) { console.log('caught', e.message); }
