const s = Symbol('my desc');
console.log(s.toString(), s.description, Symbol().description, Symbol('').description === '', typeof s);
console.log(String(s), [s].map(String), Object(s) instanceof Symbol, typeof Object(s));
try { `${s}`; } catch (e) { console.log(e.name, e.message); }
try { s + ''; } catch (e) { console.log(e.name, e.message); }
try { +s; } catch (e) { console.log(e.name, e.message); }
try { new Symbol(); } catch (e) { console.log(e.name, e.message); }
const temp = {
  [Symbol.toPrimitive](hint) { return hint === 'number' ? 42 : hint === 'string' ? 'str form' : 'default form'; },
};
console.log(+temp, `${temp}`, temp + '', temp * 2, String(temp), temp == 'default form', [temp].join());
const dateLike = new Date(Date.UTC(2000, 0, 1));
console.log(typeof (dateLike + 1), typeof (dateLike - 1), dateLike[Symbol.toPrimitive]('number'));
const valueOfFirst = { valueOf() { return 7; }, toString() { return 'seven'; } };
console.log(valueOfFirst + 1, `${valueOfFirst}`, String(valueOfFirst), valueOfFirst > 6);
const badPrim = { [Symbol.toPrimitive]() { return {}; } };
try { badPrim + 1; } catch (e) { console.log(e.name, e.message); }
const noPrim = { valueOf() { return {}; }, toString() { return {}; } };
try { String(noPrim); } catch (e) { console.log(e.name, e.message); }
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged()));
console.log(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(s));
console.log(Symbol.iterator.toString(), Symbol.asyncIterator.description, typeof Symbol.hasInstance);
const o = { [s]: 'hidden', visible: 1 };
console.log(JSON.stringify(o), Object.keys(o), o[s], s in o);
