const text = 'cat bat rat';
console.log(text.match(/at/), text.match(/at/g), text.match(/xyz/), text.match(/xyz/g));
const all = [...text.matchAll(/(?<first>\w)at/g)];
console.log(all.length, all.map((m) => [m[0], m[1], m.index, m.groups.first]));
try { text.matchAll(/at/); } catch (e) { console.log(e.name, e.message); }
const iter = 'a1b2'.matchAll(/\d/g);
console.log(typeof iter.next, iter[Symbol.iterator]() === iter, Object.prototype.toString.call(iter));
console.log([...iter].map((m) => m[0]), [...iter].length);
console.log('a1b22c333'.split(/\d+/), 'a1b22c333'.split(/(\d+)/), 'a, b ,c'.split(/\s*,\s*/));
console.log('abc'.split(/(?:)/), 'one  two'.split(' '), 'a|b|c'.split('|', 2), 'test'.split(/(t)/));
console.log('2024-01-02'.split('-').map(Number), 'CamelCaseString'.split(/(?=[A-Z])/));
console.log('aaa'.match(/a*?/)[0].length, 'aaa'.match(/a+?/)[0], '<a><b>'.match(/<.+>/)[0], '<a><b>'.match(/<.+?>/g));
console.log('price: $30, $45'.match(/(?<=\$)\d+/g), 'x1 y2'.match(/\w(?!1)\d/g));
const re = /o/g;
re.lastIndex = 5;
console.log('foo boo'.match(re), re.lastIndex);
console.log('ABC'.search(/b/i), 'abc'.search('c'), 'abc'.match('b').index, 'a.c'.split('.'));
