class Registry {
  static #instances = 0;
  static #items = new Map();
  static #nextId() { return ++Registry.#instances; }
  static get #size() { return Registry.#items.size; }
  static register(name) {
    const id = Registry.#nextId();
    Registry.#items.set(id, name);
    return id;
  }
  static summary() { return `${Registry.#size} items, last id ${Registry.#instances}`; }
  static viaThis() { return this.#instances; }
  static #secret = 'static secret';
  static reveal() { return this.#secret; }
}
console.log(Registry.register('a'), Registry.register('b'));
console.log(Registry.summary(), Registry.viaThis(), Registry.reveal());
class Child extends Registry {}
try {
  Child.viaThis();
} catch (e) {
  console.log('inherited static via this:', e.name, e.message);
}
try {
  Child.reveal();
} catch (e) {
  console.log(e.name, e.message);
}
console.log('via class name still works:', Child.register('c'), Child.summary());
class WithBlock {
  static #ready;
  static { WithBlock.#ready = 'initialized in static block'; }
  static ready() { return WithBlock.#ready; }
}
console.log(WithBlock.ready(), Object.getOwnPropertyNames(WithBlock).sort());
