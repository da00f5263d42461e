class Point {
  constructor(x, y) { this.x = x; this.y = y; }
}
class Empty {}
class Point3D extends Point {
  constructor(x, y, z) { super(x, y); this.z = z; }
}
console.log(new Point(1, 2));
console.log(new Empty());
console.log(new Point3D(1, 2, 3));
console.log({ origin: new Point(0, 0) });
class WithAccessor {
  get computed() { return 1; }
}
console.log(new WithAccessor());
const o = { get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} };
console.log(o);
