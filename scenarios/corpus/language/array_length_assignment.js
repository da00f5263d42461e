const a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(a, a[3]);
a.length = 4;
console.log(a, 3 in a);
const b = [];
b[9] = 'x';
console.log(b.length, Object.keys(b));
b.length = 0;
console.log(b, b[9]);
for (const bad of [-1, 1.5, 2 ** 32, 'abc']) {
  try { [].length = bad; console.log('accepted', bad); } catch (e) { console.log(String(bad), e.name, e.message); }
}
const c = [1, 2];
c.length = '5';
console.log(c.length, typeof c.length);
const frozenLen = [1, 2, 3];
Object.defineProperty(frozenLen, 'length', { writable: false });
try { frozenLen.push(4); } catch (e) { console.log('push on fixed length:', e.name); }
console.log(frozenLen);
console.log(Object.getOwnPropertyDescriptor([1], 'length'));
const d = [1, 2, 3];
d[d.length] = 4;
d.push(5, 6);
console.log(d, d.unshift(0), d.shift(), d.splice(-2), d);
const like = { length: 2, 0: 'a', 1: 'b' };
Array.prototype.push.call(like, 'c');
console.log(like);
console.log([].concat.length, Array.prototype.length, [,].length, [, 1].length, [1, ,].length);
