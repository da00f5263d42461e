const s1 = Symbol('id');
const s2 = Symbol('id');
console.log(s1 === s2, s1.toString(), s1.description);
const obj = { [s1]: 'one', regular: 'two' };
console.log(obj[s1], obj);
class Tagged {
  get [Symbol.toStringTag]() { return 'MyTag'; }
}
console.log(Object.prototype.toString.call(new Tagged()));
console.log(new Tagged());
