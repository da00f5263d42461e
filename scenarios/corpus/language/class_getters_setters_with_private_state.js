class Temperature {
  #celsius = 0;
  get celsius() { return this.#celsius; }
  set celsius(v) { console.log('set celsius', v); this.#celsius = v; }
  get fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; }
  static get unit() { return 'C'; }
}
const t = new Temperature();
t.fahrenheit = 212;
console.log(t.celsius, t.fahrenheit, Temperature.unit);
class Kelvin extends Temperature {
  get celsius() { return super.celsius; }
  set celsius(v) { super.celsius = Math.max(v, -273.15); }
  get kelvin() { return this.celsius + 273.15; }
}
const k = new Kelvin();
k.celsius = -500;
console.log(k.celsius, k.kelvin);
const desc = Object.getOwnPropertyDescriptor(Temperature.prototype, 'celsius');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
class OnlyGetter { get value() { return 1; } }
const og = new OnlyGetter();
og.value = 2;
console.log('sloppy assignment to a getter-only property is ignored:', og.value);
class OnlySetter { set value(v) { this._v = v; } }
const os = new OnlySetter();
os.value = 5;
console.log(os.value, os._v);
console.log(Object.keys(t), 'celsius' in t, t.hasOwnProperty('celsius'));
