const values = [0, '', '0', false, null, undefined, NaN, [], [0], '1', 1, true, {}];
const names = ['0', "''", "'0'", 'false', 'null', 'undef', 'NaN', '[]', '[0]', "'1'", '1', 'true', '{}'];
for (let i = 0; i < values.length; i++) {
  let row = names[i].padEnd(6) + ' ';
  for (let j = 0; j < values.length; j++) row += values[i] == values[j] ? 'T' : '.';
  console.log(row);
}
console.log(null == 0, null >= 0, null > 0, undefined == 0, undefined >= 0);
console.log('10' < '9', 10 < '9', '10' < 9, 'a' < 'b', 'B' < 'a', 'abc' < 'abd', [2] > 1, [1, 2] > 1);
console.log(NaN <= NaN, NaN != NaN, 'b' > 'a' > 'Z', ({}) == '[object Object]', [1, 2] == '1,2');
const spy = { valueOf() { console.log('valueOf called'); return 1; } };
console.log(spy == 1, spy === 1, spy < 2);
console.log(Symbol.iterator == Symbol.iterator, new String('a') == 'a', new String('a') == new String('a'));
console.log(0 === -0, Object.is(0, -0), NaN === NaN, [NaN].includes(NaN), [NaN].indexOf(NaN));
