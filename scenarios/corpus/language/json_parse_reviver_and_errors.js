console.log(JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041\\n"}'));
console.log(JSON.parse(' 5 '), JSON.parse('"str"'), JSON.parse('true'), JSON.parse('null'), JSON.parse('-0'), JSON.parse('1e3'));
const order = [];
const revived = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]}}', function (k, v) {
  order.push(k === '' ? '(root)' : k);
  if (typeof v === 'number') return v * 100;
  if (k === 'c') return undefined;
  return v;
});
console.log(order.join(','), JSON.stringify(revived));
console.log(JSON.parse('{"date":"2020-01-02T03:04:05.000Z"}', (k, v) => (k === 'date' ? new Date(v).getUTCFullYear() : v)));
console.log(JSON.parse('[1,2,3]', (k, v) => (k === '1' ? undefined : v)));
console.log(JSON.parse('{"__proto__": {"x": 1}}').x, Object.keys(JSON.parse('{"__proto__": 1}')));
console.log(JSON.parse('{"a":1,"a":2}'), JSON.parse('{"1":"one","b":"bee","0":"zero"}'));
const bad = ['{a:1}', "{'a':1}", '[1,]', '01', 'undefined', '', '{"a":1} x', 'NaN', '"\t"', '.5', '+1'];
for (const text of bad) {
  try { JSON.parse(text); console.log('parsed?!', text); } catch (e) { console.log(JSON.stringify(text), e.name); }
}
console.log(JSON.parse('"\\ud83d\\ude00"'), JSON.parse('123456789012345678901234567890'), JSON.parse('[]').length);
console.log(JSON[Symbol.toStringTag], typeof JSON.parse(JSON.stringify({ toJSON() { return 'custom'; } })));
