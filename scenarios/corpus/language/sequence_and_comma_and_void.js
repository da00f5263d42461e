let i = 0;
const r = (i++, i++, i * 10);
console.log(r, i, void 0, void 'x');
const f = () => (console.log('side effect'), 'result');
console.log(f());
