function f() {
  try {
    return 'try';
  } finally {
    console.log('finally runs before return');
  }
}
console.log(f());
function g() {
  try {
    throw new RangeError('out of range');
  } catch ({ name, message }) {
    return name + '/' + message;
  } finally {
    console.log('g finally');
  }
}
console.log(g());
function h() {
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) continue;
      if (i === 2) break;
      console.log('body', i);
    } finally {
      console.log('finally', i);
    }
  }
}
h();
try { null.x; } catch (e) { console.log(e instanceof TypeError, e.message); }
try { undefinedVariable; } catch (e) { console.log(e.name, e.message); }
