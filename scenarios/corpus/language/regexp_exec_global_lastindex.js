const re = /(\d+)-(\w)/g;
const text = '10-a 20-b 30-c';
let m;
while ((m = re.exec(text)) !== null) {
  console.log(m[0], m[1], m[2], m.index, re.lastIndex);
}
console.log('after loop lastIndex:', re.lastIndex);
const g = /o/g;
console.log(g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex);
const nonGlobal = /o/;
nonGlobal.lastIndex = 5;
console.log(nonGlobal.exec('foo').index, nonGlobal.lastIndex);
const r2 = /a/g;
r2.lastIndex = 3;
console.log(r2.exec('aaaa').index, r2.lastIndex, r2.exec('aa'), r2.lastIndex);
const empty = /x*/g;
const found = [];
let e;
while ((e = empty.exec('axb')) !== null && found.length < 5) {
  found.push(`${JSON.stringify(e[0])}@${e.index}`);
  if (e[0] === '') empty.lastIndex++;
}
console.log(found.join(' '));
const res = /(a)|(b)/.exec('b');
console.log(res, res.length, res[1], res.input);
console.log(/a/gimsuy.flags, /a/.source, new RegExp('a/b').source, String(new RegExp('\\d+', 'g')), RegExp('').toString());
console.log(/[\u0041-\u0043]+/.exec('xABCDx')[0], /\bword\b/.test('a word here'), /^\s*$/.test(' \t'));
console.log(new RegExp(/abc/gi, 'm').flags, /./s.test('\n'), /./.test('\n'), /^b/m.test('a\nb'));
try { new RegExp('('); } catch (err) { console.log(err.name, err.message); }
