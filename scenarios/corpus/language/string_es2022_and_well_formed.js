const s = 'Hello, World';
console.log(s.at(0), s.at(-1), s.at(100), 'abc'.at(-4));
console.log('a-b-c'.replaceAll('-', '+'), 'aaa'.replaceAll('a', '$&$&'), 'x.y.z'.replaceAll('.', () => '!'));
try { 'abc'.replaceAll(/b/, 'x'); } catch (e) { console.log(e.name, e.message); }
console.log('abcabc'.replaceAll(/b/g, (m, off) => `[${m}@${off}]`));
console.log('ab\uD800'.isWellFormed(), 'ab'.isWellFormed(), 'ab\uD800c'.toWellFormed() === 'ab\uFFFDc');
console.log('5'.padStart(3, '0'), 'abc'.padEnd(6, '12'), 'abc'.padStart(2), 'x'.padStart(4), JSON.stringify('ab'.padEnd(5)));
console.log('  trim me  '.trimStart() + '|', '|' + '  trim me  '.trimEnd(), JSON.stringify('\t\n x \u00a0'.trim()));
console.log('abc'.startsWith('b', 1), 'abc'.endsWith('b', 2), 'abc'.includes(''), 'Ab'.repeat(3), ''.repeat(5) === '');
try { 'x'.repeat(-1); } catch (e) { console.log(e.name, e.message); }
console.log(String.raw`a\nb${1 + 1}\t`, String.fromCharCode(72, 105), String.fromCodePoint(0x1f600).length);
console.log('abc'.codePointAt(1), '😀'.codePointAt(0), '😀'.charCodeAt(0), '😀'.charCodeAt(1), [...'a😀b'].length, 'a😀b'.length);
console.log('Straße'.toUpperCase(), 'İ'.toLowerCase().length, 'ǅ'.toLowerCase(), 'ß'.toUpperCase());
console.log('a,b,,c'.split(','), 'abc'.split(''), 'a1b2c3'.split(/\d/), 'abc'.split('', 2), ''.split(','), ''.split(''));
console.log('hello'.slice(-3, -1), 'hello'.substring(3, 1), 'hello'.substr(-3, 2), 'hello'.slice(2, 1) === '');
console.log('abcb'.indexOf('b'), 'abcb'.lastIndexOf('b'), 'abcb'.search(/c/), 'abc'.concat(1, [2, 3]), 'a'.localeCompare === undefined);
console.log('\u0041\u030A'.normalize('NFC').length, 'Å'.normalize('NFD').length);
