function tag(strings, ...values) {
  return { strings: [...strings], raw: strings.raw, values, frozen: Object.isFrozen(strings), rawFrozen: Object.isFrozen(strings.raw) };
}
console.log(tag`a${1}b${2}c`);
console.log(tag`${'only'}`, tag``);
console.log(tag`line\nbreak \u0041 \x41`.strings, tag`line\nbreak \u0041`.raw);
function invalidEscape(s) { return [s[0], s.raw[0]]; }
console.log(invalidEscape`\unicode and \xyz`);
const cache = new Set();
function identity(strings) { cache.add(strings); return strings; }
for (let i = 0; i < 3; i++) identity`same site`;
identity`other site`;
console.log('strings arrays cached per site:', cache.size);
const f = (s) => s;
console.log(f`x` === f`x`);
function html(strings, ...vals) {
  return strings.reduce((out, s, i) => out + s + (i < vals.length ? String(vals[i]).replace(/</g, '&lt;') : ''), '');
}
console.log(html`<p>${'<script>'} & ${42}</p>`);
const obj = { method(strings, v) { return this.name + strings[0] + v; }, name: 'obj' };
console.log(obj.method`:${'called with this'}`);
console.log(String.raw`C:\new\table${'!'}\x`, String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3, 4));
console.log(`nested ${`inner ${1 + 1}`} done`, tag`a${`b${'c'}`}`.values);
const tagReturningFn = () => (s) => s[0].toUpperCase();
console.log(tagReturningFn()`chained`);
