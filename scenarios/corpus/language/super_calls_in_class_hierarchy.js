class A {
  constructor(x) { this.x = x; this.log = ['A']; }
  describe() { return `A(${this.x})`; }
  static create(x) { return new this(x); }
  static kind() { return 'A-kind'; }
}
class B extends A {
  constructor(x, y) { super(x); this.y = y; this.log.push('B'); }
  describe() { return `B<${super.describe()}, ${this.y}>`; }
  static kind() { return 'B-kind via ' + super.kind(); }
}
class C extends B {
  constructor() { super(1, 2); this.log.push('C'); }
  describe() { return `C{${super.describe()}}`; }
}
const c = new C();
console.log(c.describe(), c.log);
console.log(C.kind(), C.create() instanceof C, B.create(7, 8).describe());
class Early extends A {
  constructor() {
    try { this.x = 1; } catch (e) { console.log('before super:', e.name); }
    super(5);
    try { super(6); } catch (e) { console.log('second super:', e.name); }
  }
}
new Early();
class FieldOrder extends A {
  field = (console.log('field init sees x =', this.x), 'f');
  constructor() { console.log('ctor start'); super(3); console.log('after super field =', this.field); }
}
new FieldOrder();
class ArrowSuper extends A {
  describe() { const f = () => super.describe(); return 'arrow ' + f(); }
}
console.log(new ArrowSuper(9).describe());
const Mixin = (Sup) => class extends Sup { describe() { return 'mixed ' + super.describe(); } };
class M extends Mixin(A) {}
console.log(new M(4).describe(), Object.getPrototypeOf(M.prototype).constructor.name);
class NullBase extends null { }
console.log(Object.getPrototypeOf(NullBase.prototype));
