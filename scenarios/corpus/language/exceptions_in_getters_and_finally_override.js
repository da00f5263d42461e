const o = { get bad() { throw new Error('getter threw'); } };
try { o.bad; } catch (e) { console.log(e.message); }
function override() {
  try {
    throw new Error('original');
  } finally {
    return 'finally wins';
  }
}
console.log(override());
function nested() {
  try {
    try {
      throw new Error('inner');
    } finally {
      console.log('inner finally');
    }
  } catch (e) {
    console.log('outer caught', e.message);
  }
}
nested();
