class Temperature {
  #celsius = 0;
  get #fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set #fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
  static #instances = 0;
  static get #count() { return Temperature.#instances; }
  static set #count(v) { Temperature.#instances = v; }
  constructor() { Temperature.#count = Temperature.#count + 1; }
  setF(f) { this.#fahrenheit = f; return this; }
  readF() { return this.#fahrenheit; }
  bump() { this.#fahrenheit += 18; return this.#celsius; }
  static count() { return Temperature.#count; }
  static hasAccessor(o) { return #fahrenheit in o; }
}
const t = new Temperature().setF(212);
console.log(t.readF(), t.bump(), Temperature.count(), new Temperature() && Temperature.count());
console.log(Temperature.hasAccessor(t), Temperature.hasAccessor({}), Object.keys(t), JSON.stringify(t));
class Readonly {
  get #x() { return 1; }
  read() { return this.#x; }
  tryWrite() { this.#x = 2; }
}
console.log(new Readonly().read());
try { new Readonly().tryWrite(); } catch (e) { console.log(e.name, e.message); }
class WriteOnly {
  set #y(v) { this.log = 'set ' + v; }
  write(v) { this.#y = v; return this.log; }
  tryRead() { return this.#y; }
}
console.log(new WriteOnly().write('value'));
try { new WriteOnly().tryRead(); } catch (e) { console.log(e.name, e.message); }
class Lazy {
  #cache;
  get #expensive() { console.log('computing once'); return (this.#cache ??= [1, 2, 3].map((x) => x * 2)); }
  total() { return this.#expensive.reduce((a, b) => a + b) + this.#expensive.length; }
}
console.log(new Lazy().total());
