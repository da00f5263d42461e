console.log({ a: 1, b: 'two', c: { d: { e: { f: 'deep' } } } });
console.log({ long1: 'aaaaaaaaaaaaaaaa', long2: 'bbbbbbbbbbbbbbbb', long3: 'cccccccccccccccc', long4: 'dd' });
console.log({ nested: { inner: { value: 1, other: 'x' }, list: 'none' }, flag: false, nothing: null, undef: undefined });
console.log({ 'needs-quotes': 1, "it's": 2, valid_id: 3 });
console.log({ f() {}, g: () => 1, h: async function named() {} });
