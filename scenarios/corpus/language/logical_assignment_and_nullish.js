const o = { a: null, b: 0, c: 'x' };
o.a ??= 'filled';
o.b ||= 'truthy';
o.c &&= o.c + 'y';
console.log(o);
console.log(null ?? 'default', 0 ?? 'default', '' || 'or', 1 && 2);
const deep = { x: { y: { z: 1 } } };
console.log(deep?.x?.y?.z, deep?.nope?.y, deep.fn?.(), deep.x?.['y']);
