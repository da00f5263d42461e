class Widget {
  static registry = [];
  static kind = 'widget';
  static label = `${this.kind}s`;
  static {
    this.registry.push('static block this is class: ' + (this === Widget));
  }
  id = Widget.registry.length;
  self = this;
  bound = () => this.id;
  unbound = function () { return this; };
  describe() { return `${this.constructor.kind}#${this.id}`; }
}
const w = new Widget();
console.log(Widget.label, Widget.registry, w.self === w, w.describe());
const { bound, unbound } = w;
console.log('arrow field keeps this:', bound(), 'function field loses it:', unbound());
class Special extends Widget {
  static kind = 'special';
  static label = `${this.kind}/${super.label}`;
  extra = this.describe();
}
console.log(Special.label, new Special().extra, Object.hasOwn(Special, 'registry'), Special.registry === Widget.registry);
class Order {
  a = (console.log('field a initializer'), 1);
  constructor() { console.log('constructor body sees a =', this.a); }
  b = (console.log('field b initializer, a =', this.a), 2);
}
new Order();
try {
  class Computed {
    static counter = 0;
    [`key${++Computed.counter}`] = 'computed once?';
  }
} catch (e) { console.log('class binding in TDZ for computed keys:', e.name); }
let n = 0;
const key = () => `k${++n}`;
class Keys { [key()] = 1; [key()] = 2; }
console.log(Object.keys(new Keys()), Object.keys(new Keys()), n);
