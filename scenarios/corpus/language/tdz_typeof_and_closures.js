function tryIt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.message);
  }
}
tryIt('typeof undeclared:', () => typeof notDeclaredAnywhere);
tryIt('typeof in TDZ:', () => { const r = typeof later; let later = 1; return r; });
tryIt('self reference:', () => { let a = a + 1; return a; });
tryIt('earlier param default:', () => (function (a = 1, b = a * 10) { return a + b; })());
tryIt('class in TDZ:', () => { const k = new K(); class K {} return k; });
tryIt('function call before let:', () => {
  function read() { return val; }
  const early = (() => { try { return read(); } catch (e) { return e.name; } })();
  let val = 'ready';
  return [early, read()];
});
tryIt('closure after init:', () => {
  const get = () => late;
  let late = 'ok';
  return get();
});
tryIt('const in block:', () => { { const z = 3; } return typeof z; });
tryIt('assign before let:', () => { early = 1; let early; return early; });
tryIt('class name inside heritage:', () => { class D extends (() => { try { return D; } catch (e) { return Object; } })() {} return Object.getPrototypeOf(D) === Object; });
