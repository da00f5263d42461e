let calls = 0;
function next() { return ++calls; }
function f(a = next(), b = next()) { return [a, b]; }
console.log(f(), f(10), f(undefined, 20), f(null, null), calls);
function arr(list = []) { list.push(list.length); return list; }
console.log(arr(), arr(), arr([9]));
function lengths(a, b = 1, c) {}
console.log(lengths.length, ((a, ...r) => {}).length, ((a = 1, b) => {}).length);
function argsWithDefaults(a = 'dflt') {
  a = 'changed';
  return [arguments.length, arguments[0]];
}
console.log(argsWithDefaults(), argsWithDefaults('given'));
function sloppyArgs(a) {
  a = 'changed';
  return arguments[0];
}
console.log('mapped arguments:', sloppyArgs('orig'));
const x = 'outer';
function scopeOfDefault(y = () => x) {
  var x = 'body';
  return y();
}
console.log('default closes over param scope:', scopeOfDefault());
function destructured({ a = 1, b: { c = 2 } = {} } = {}, [d = 3] = []) {
  return [a, c, d];
}
console.log(destructured(), destructured({ a: 5, b: { c: 6 } }, [7]));
const arrow = (n, m = n * 2, k = m + 1) => [n, m, k];
console.log(arrow(1), arrow(1, 1));
class P { constructor(name = 'anon') { this.name = name; } greet(greeting = `hi ${this.name}`) { return greeting; } }
console.log(new P().greet(), new P('Bo').greet(), new P('Bo').greet('yo'));
