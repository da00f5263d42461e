function sloppy() { return this; }
function strict() { 'use strict'; return this; }
console.log('sloppy is globalThis:', sloppy() === globalThis);
console.log('strict is undefined:', strict() === undefined);
console.log('sloppy call(5) boxes:', typeof sloppy.call(5), sloppy.call(5) instanceof Number);
console.log('strict call(5) keeps:', typeof strict.call(5), strict.call(5));
console.log('sloppy call(null) -> global:', sloppy.call(null) === globalThis);
console.log('strict call(null):', strict.call(null));
const obj = {
  name: 'obj',
  regular() { return this && this.name; },
  arrow: () => typeof this,
  nested() { return [1].map(function () { return this === globalThis; }); },
  nestedArrow() { return [1].map(() => this.name); },
};
console.log(obj.regular(), obj.arrow(), obj.nested(), obj.nestedArrow());
const detached = obj.regular;
console.log('detached sloppy method:', detached());
class C {
  method() { return this; }
  static s() { return this; }
}
const m = new C().method;
console.log('class method detached:', m());
console.log('static this:', C.s() === C);
const sm = C.s;
console.log('static detached:', sm());
console.log('top-level this:', this === undefined ? 'undefined' : typeof this);
console.log('globalThis.globalThis:', globalThis.globalThis === globalThis);
function setsGlobal() { this.madeByThis = 42; }
setsGlobal();
console.log('global property:', globalThis.madeByThis);
(function () { 'use strict'; try { undeclaredStrict = 1; } catch (e) { console.log(e.name, e.message); } })();
