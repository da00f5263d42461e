if (true) { function hoisted() { return "annexB" } }
console.log(typeof hoisted, hoisted());
{ function inner() { return 1 } }
console.log(typeof inner);
try { console.log(typeof late); late() } catch (e) { console.log(e.message) }
if (true) { function late() { return 2 } }
console.log(late());
if (true) function braceless() { return "b" }
console.log(braceless());
function scope() { { function nested() { return "n" } } return typeof nested }
console.log(scope());
