class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  get description() { return 'Animal ' + this.name; }
  static create(name) { return new this(name); }
}
class Dog extends Animal {
  speak() { return super.speak() + ' (woof)'; }
}
const d = Dog.create('rex');
console.log(d.speak());
console.log(d.description);
console.log(d instanceof Dog, d instanceof Animal);
console.log(d);
console.log(Dog, Animal);
