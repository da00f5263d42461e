async function* gen() { try { yield 'x'; } finally { await null; console.log('finally done'); } }
(async () => { for await (const v of gen()) break; console.log('after loop'); })();
