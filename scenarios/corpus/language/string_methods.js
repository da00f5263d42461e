const s = '  Hello, Loopsim World  ';
console.log(s.trim().toUpperCase(), s.trim().toLowerCase());
console.log('abc'.padStart(6, '*'), 'abc'.padEnd(6, '-'), 'ab'.repeat(3));
console.log('hello'.includes('ell'), 'hello'.startsWith('he'), 'hello'.endsWith('lo'));
console.log('a-b-c'.replaceAll('-', '+'), 'x'.concat('y', 'z'), 'hello'.at(-1), 'hello'.charAt(1));
console.log('hello'.indexOf('l'), 'hello'.lastIndexOf('l'), 'hello'.slice(1, -1), 'hello'.substring(3, 1));
console.log('%s has %d chars', 'hello', 'hello'.length);
console.log(String(123), String(null), String(Symbol('s')), String([1, [2, 3]]));
