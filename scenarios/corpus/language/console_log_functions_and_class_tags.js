function named() {}
const anon = function () {};
const arrow = () => {};
async function af() {}
function* gf() {}
async function* agf() {}
class A {}
class B extends A {}
const anonClass = class {};
console.log(named, anon, arrow, af, gf, agf);
console.log(A, B, anonClass, class extends A {});
console.log([named, A], { named, A, arrow });
named.extra = 1;
named.other = 'two';
console.log(named);
A.staticProp = 5;
console.log(A);
console.log(Math.max, Array, Object, Symbol, Promise, Map);
console.log(named.bind(null), (() => {}).bind(null));
const o = { method() {}, get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} };
console.log(o);
console.log(Object.create(A.prototype), new B(), Object.create(null));
function Ctor() { this.x = 1; }
console.log(new Ctor(), Ctor);
const nullProtoFn = function () {};
Object.setPrototypeOf(nullProtoFn, null);
console.log(typeof nullProtoFn);
