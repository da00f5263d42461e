console.log('before block:', typeof inIf);
if (true) {
  console.log('inside block, hoisted to block top:', inIf());
  function inIf() { return 'inIf'; }
}
console.log('after block:', typeof inIf, inIf());
if (false) { function neverDeclared() {} }
console.log('false branch leaves var binding undefined:', typeof neverDeclared);
{
  function inBlock() { return 'first'; }
}
{
  function inBlock() { return 'second'; }
}
console.log('last evaluated block wins:', inBlock());
function strictScope() {
  'use strict';
  { function hidden() {} }
  return typeof hidden;
}
console.log('strict keeps it block scoped:', strictScope());
let shadowed = 'let outside';
{
  function shadowed2() { return shadowed; }
  console.log(shadowed2());
}
for (let i = 0; i < 2; i++) {
  function inLoop() { return 'loop fn ' + i; }
}
console.log(inLoop());
try {
  throw new Error('x');
} catch (e) {
  function inCatch() { return 'inCatch'; }
}
console.log(typeof inCatch, inCatch());
