class Point {
  #x;
  #y;
  constructor(x, y) { this.#x = x; this.#y = y; }
  static isPoint(o) { return #x in o; }
  #method() {}
  static hasMethod(o) { return #method in o; }
  static #tag = 'tag';
  static isPointClass(o) { return #tag in o; }
  equals(other) { return Point.isPoint(other) && this.#x === other.#x && this.#y === other.#y; }
}
const p = new Point(1, 2);
console.log(Point.isPoint(p), Point.isPoint({}), Point.isPoint(Object.create(p)));
console.log(Point.hasMethod(p), Point.hasMethod({ method() {} }));
console.log(Point.isPointClass(Point), Point.isPointClass(p));
console.log(p.equals(new Point(1, 2)), p.equals(new Point(2, 1)), p.equals({ x: 1, y: 2 }));
try {
  Point.isPoint(null);
} catch (e) {
  console.log(e.name);
}
class Sub extends Point {}
console.log('subclass instance has brand:', Point.isPoint(new Sub(0, 0)));
class Fake { #x = 1; }
console.log('same name other class:', Point.isPoint(new Fake()));
class Returner { constructor(o) { return o; } }
class Stamper extends Returner {
  #stamp = 'stamped';
  static has(o) { return #stamp in o; }
  static read(o) { return o.#stamp; }
}
const plain = {};
new Stamper(plain);
console.log('stamped plain object:', Stamper.has(plain), Stamper.read(plain), Object.keys(plain));
