const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
console.dir(deep);
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: null });
console.dir('a string is quoted');
