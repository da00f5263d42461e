function recurse(n) { return recurse(n + 1) + 1; }
try {
  recurse(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
const mutualA = (n) => mutualB(n + 1);
const mutualB = (n) => mutualA(n + 1);
try { mutualA(0); } catch (e) { console.log('mutual:', e.name, e.message); }
class Deep { get self() { return this.self; } }
try { new Deep().self; } catch (e) { console.log('getter:', e.message); }
const o = {};
o.toString = function () { return String(this); };
try { String(o); } catch (e) { console.log('toString:', e.constructor === RangeError); }
let depthReached = 0;
function measure(n) { depthReached = n; measure(n + 1); }
try { measure(0); } catch (e) { console.log('depth > 1000:', depthReached > 1000); }
function recoverAndContinue() {
  try { recurse(0); } catch (e) { return 'recovered'; }
}
console.log(recoverAndContinue(), recoverAndContinue());
function withFinally(n) {
  try { return withFinally(n + 1); } finally { }
}
try { withFinally(0); } catch (e) { console.log('through finally:', e.name); }
const recursiveArrow = () => [recursiveArrow()];
try { recursiveArrow(); } catch (e) { console.log('arrow:', String(e)); }
console.log('still works after overflow:', [1, 2, 3].map((x) => x * 2));
