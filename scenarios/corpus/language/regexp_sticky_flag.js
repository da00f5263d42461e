const sticky = /foo/y;
const str = 'foofoo bar foo';
console.log(sticky.test(str), sticky.lastIndex, sticky.test(str), sticky.lastIndex, sticky.test(str), sticky.lastIndex);
const tokenRe = /\s*(\d+|[-+*/()])/y;
function tokenize(src) {
  const tokens = [];
  tokenRe.lastIndex = 0;
  let m;
  while (tokenRe.lastIndex < src.length && (m = tokenRe.exec(src))) tokens.push(m[1]);
  return { tokens, stoppedAt: tokenRe.lastIndex };
}
console.log(tokenize('12 + (3*4) - 5'));
console.log(tokenize('1 + x'));
const y = /a/y;
y.lastIndex = 1;
console.log(y.exec('ba')?.index, y.lastIndex, y.exec('ba'), y.lastIndex);
console.log('aaba'.replace(/a/gy, 'X'), 'baaa'.replace(/a/gy, 'X'), 'aab'.match(/a/gy));
console.log('a-b'.split(/-/y), /x/y.sticky, /x/.sticky, /x/gy.flags);
const anchored = /^b/y;
anchored.lastIndex = 1;
console.log('sticky with ^ at index 1:', anchored.test('ab'), /^b/my.test('a\nb'));
const sy = /b/y;
sy.lastIndex = 1;
console.log('search ignores lastIndex:', 'ab'.search(sy), sy.lastIndex, 'xb'.search(/b/y));
