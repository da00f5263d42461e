console.log(Object(Symbol('boxed')));
const np = { __proto__: null };
console.log(np);
np.key = 'v';
console.log(np);
console.log({ inner: { __proto__: null, a: 1 } });
