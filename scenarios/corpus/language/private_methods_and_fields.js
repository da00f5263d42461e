class Counter {
  #count = 0;
  #log = [];
  #record(action) { this.#log.push(action + ':' + this.#count); }
  increment() { this.#count++; this.#record('inc'); return this; }
  reset(to) { this.#record('set'); this.#count = to; return this; }
  report() { return { count: this.#count, doubled: this.#count * 2, log: this.#log }; }
  callVia(other) { return other.#record.name; }
}
const c = new Counter().increment().increment().reset(10).increment();
console.log(c.report());
console.log('private method name:', c.callVia(c));
console.log(Object.keys(c), Object.getOwnPropertyNames(c), JSON.stringify(c));
class FieldVsOther {
  #f = 1;
  static read(o) { return o.#f; }
}
try { FieldVsOther.read({}); } catch (e) { console.log(e.name, e.message); }
class MethodNotWritable {
  #m() {}
  tryAssign() { this.#m = 1; }
}
try { new MethodNotWritable().tryAssign(); } catch (e) { console.log(e.name, e.message); }
class Sub extends Counter {
  #count = 'sub own';
  both() { return [this.#count, this.report().count]; }
}
console.log(new Sub().increment().both());
