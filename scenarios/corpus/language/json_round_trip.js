const data = { name: 'loopsim', version: 1, nested: { ok: true, list: [1, 'two', null] }, skip: undefined };
const text = JSON.stringify(data);
console.log(text);
const back = JSON.parse(text);
console.log(back.nested.ok, back.nested.list.length, 'skip' in back);
console.log(JSON.stringify({ b: 1, a: [1, { c: 2 }] }, null, 2));
console.log(JSON.stringify('quote " and \\ backslash'), JSON.stringify(undefined), JSON.stringify(null));
try {
  JSON.parse('{bad json}');
} catch (e) {
  console.log(e.name);
}
const circular = {};
circular.self = circular;
try {
  JSON.stringify(circular);
} catch (e) {
  console.log(e.name);
}
console.log('%j', { formatted: 'with %j' });
