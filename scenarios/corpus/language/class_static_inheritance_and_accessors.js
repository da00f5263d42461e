class Base {
  static count = 0;
  static #hidden = 'base hidden';
  static increment() { return ++this.count; }
  static get description() { return `${this.name} with count ${this.count}`; }
  static set description(v) { this.count = v.length; }
  static hidden() { return Base.#hidden; }
}
class Child extends Base {}
console.log(Object.getPrototypeOf(Child) === Base, Child.count, Object.hasOwn(Child, 'count'));
Child.increment();
console.log('increment on Child creates own prop:', Base.count, Child.count, Object.hasOwn(Child, 'count'));
Base.increment();
console.log(Base.count, Child.count, Base.description, Child.description);
Child.description = 'four';
console.log(Child.count, Base.count, Child.hidden());
class GrandChild extends Child {
  static increment() { return 'overridden then ' + super.increment(); }
}
console.log(GrandChild.increment(), GrandChild.count);
console.log(Object.getOwnPropertyNames(Base).sort(), Object.getOwnPropertyNames(Child).sort());
const desc = Object.getOwnPropertyDescriptor(Base, 'description');
console.log(typeof desc.get, typeof desc.set, desc.enumerable);
console.log(Object.getOwnPropertyDescriptor(Base.prototype, 'constructor').enumerable, Object.keys(Base.prototype));
class WithProto { static prototypeKeys() { return Object.getOwnPropertyNames(this.prototype); } m() {} get g() { return 1; } }
console.log(WithProto.prototypeKeys());
try { Object.defineProperty(Base, 'prototype', { value: {} }); } catch (e) { console.log(e.name, e.message); }
console.log(typeof Base, Object.getOwnPropertyDescriptor(Base, 'prototype').writable);
