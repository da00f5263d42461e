class MyPromise extends Promise {
  constructor(executor) {
    super(executor);
    this.tag = 'mine';
  }
  static get name() { return 'MyPromise'; }
}
const p = MyPromise.resolve(1);
console.log(p instanceof MyPromise, p instanceof Promise, p.tag);
const chained = p.then((v) => v + 1);
console.log('then returns subclass:', chained instanceof MyPromise, chained.tag);
console.log('catch/finally too:', p.catch(() => {}) instanceof MyPromise, p.finally(() => {}) instanceof MyPromise);
console.log('all returns subclass:', MyPromise.all([1]) instanceof MyPromise, MyPromise.race([1]) instanceof MyPromise);
console.log('Promise.resolve(sub) wraps:', Promise.resolve(p) === p, MyPromise.resolve(p) === p);
class Plain extends Promise {
  static get [Symbol.species]() { return Promise; }
}
const q = Plain.resolve(2);
console.log('species override:', q instanceof Plain, q.then(() => {}) instanceof Plain, q.then(() => {}) instanceof Promise);
let executors = 0;
class Counting extends Promise {
  constructor(ex) { executors++; super(ex); }
}
const c = new Counting((r) => r('c'));
c.then((v) => console.log('counting value', v, 'executors so far', executors));
class Logged extends Promise {
  then(onF, onR) { console.log('Logged.then intercepted'); return super.then(onF, onR); }
}
(async () => {
  const v = await new Logged((r) => r('awaited logged'));
  console.log(v);
})();
try { MyPromise.resolve.call(undefined, 1); } catch (e) { console.log(e.name); }
try { new MyPromise(); } catch (e) { console.log(e.name, e.message); }
try { MyPromise(); } catch (e) { console.log(e.name); }
