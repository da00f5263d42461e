function Plain() {
  console.log('new.target is Plain:', new.target === Plain);
}
new Plain();
Plain();
function OnlyNew() {
  if (!new.target) return 'called without new';
  this.made = true;
}
console.log(OnlyNew(), new OnlyNew());
function ReturnsObject() { this.a = 1; return { replaced: true }; }
function ReturnsPrimitive() { this.a = 1; return 42; }
console.log(new ReturnsObject(), new ReturnsPrimitive());
class Base {
  constructor() { console.log('Base sees new.target', new.target.name); }
}
class Derived extends Base {}
new Derived();
class Abstract {
  constructor() { if (new.target === Abstract) throw new TypeError('abstract!'); }
}
class Concrete extends Abstract {}
try { new Abstract(); } catch (e) { console.log(e.message); }
console.log(new Concrete() instanceof Abstract);
class ReturnsOther extends Base {
  constructor() { super(); return { other: 1 }; }
}
console.log(new ReturnsOther());
class BadReturn extends Base {
  constructor() { super(); return 1; }
}
try { new BadReturn(); } catch (e) { console.log(e.name, e.message); }
class NoSuper extends Base { constructor() { } }
try { new NoSuper(); } catch (e) { console.log(e.name, e.message); }
try { Derived(); } catch (e) { console.log(e.name, e.message); }
const arrowInNew = function () { return (() => new.target)(); };
console.log(new arrowInNew() === undefined, typeof Reflect.construct(function () { return new.target; }, [], Date) );
