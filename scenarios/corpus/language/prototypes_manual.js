function Person(name) {
  this.name = name;
}
Person.prototype.greet = function () {
  return 'hi ' + this.name;
};
const p = new Person('ann');
console.log(p.greet(), p instanceof Person, Object.getPrototypeOf(p) === Person.prototype);
console.log(p);
console.log(p.hasOwnProperty('name'), p.hasOwnProperty('greet'));
const base = { kind: 'base', hello() { return 'hello from ' + this.kind; } };
const derived = { __proto__: base, kind: 'derived' };
console.log(derived.hello());
const bare = { __proto__: null, x: 1 };
console.log(bare);
