const name = 'world';
console.log(`hello ${name}, ${1 + 2} and ${`nested ${name}`}`);
function tag(strings, ...values) {
  let out = '';
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < values.length) out += '[' + values[i] + ']';
  }
  return out + ' raw0=' + strings.raw[0];
}
console.log(tag`a\n${1}b${2}c`);
console.log(`multi
line`);
