console.log(typeof typeof 1, typeof [], typeof null, typeof class {}, typeof Symbol.iterator);
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof A, b instanceof B, b instanceof Object);
const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
try {
  ({}) instanceof 5;
} catch (e) {
  console.log(e.name, e.message);
}
