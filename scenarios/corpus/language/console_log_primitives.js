console.log(1, -0, 0, 1.5e300, 2e-7, NaN, Infinity);
console.log(true, null, undefined);
console.log('string', Symbol('sym'));
console.log({ s: 'quote\'s', t: "dq\"", u: 'both\'"', n: 'line\nbreak', b: 'back\\slash' });
console.log({ tab: '\t', nul: '\0', esc: '\x1b' });
