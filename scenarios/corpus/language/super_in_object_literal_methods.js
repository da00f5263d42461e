const base = {
  hello() { return 'base hello from ' + this.name; },
  get label() { return 'base label ' + this.name; },
};
const derived = {
  __proto__: base,
  name: 'derived',
  hello() { return 'derived + ' + super.hello(); },
  get label() { return '[' + super.label + ']'; },
};
console.log(derived.hello());
console.log(derived.label);
const other = { name: 'borrowed', hello: derived.hello };
console.log('super is fixed to home object:', other.hello());
const swap = { hello() { return 'swapped base'; } };
Object.setPrototypeOf(derived, swap);
console.log('super follows current proto of home:', derived.hello());
const writer = {
  __proto__: { set v(x) { this._v = 'base set ' + x; } },
  set v(x) { super.v = x + '!'; },
};
writer.v = 'go';
console.log(writer._v);
const obj = {
  __proto__: { tag: 'proto tag' },
  tag: 'own tag',
  read() { return [this.tag, super.tag]; },
};
console.log(obj.read());
const noProto = { __proto__: null, m() { return super.toString; } };
try { console.log(noProto.m()); } catch (e) { console.log(e.name); }
const computed = { ['__proto__']: 1 };
console.log('computed __proto__ is own:', Object.keys(computed), Object.getPrototypeOf(computed) === Object.prototype);
