const t = (f) => { try { f() } catch (e) { console.log(e.message) } };
const obj = {}; const n = 5;
t(() => [...obj]); t(() => [...n]); t(() => { for (const x of obj); }); t(() => { const [a] = obj; }); t(() => [...{}]); t(() => [...null]); t(() => { for (const x of 5); }); t(() => new Map(5));
Promise.all(5).catch(e => console.log(e.message)); Promise.all(obj).catch(e => console.log(e.message)); Promise.all(undefined).catch(e => console.log(e.message));
class C { #x = 1; static has(o) { return #x in o } } t(() => C.has(5));
