function risky(n) {
  if (n > 1) throw new RangeError('too big: ' + n);
  return n;
}
try {
  risky(5);
} catch {
  console.log('optional catch binding');
}
function wrapper() {
  try {
    risky(3);
  } catch (e) {
    throw new Error('wrapped', { cause: e });
  }
}
try {
  wrapper();
} catch (e) {
  console.log(e.message, '<-', e.cause.message, e.cause instanceof RangeError);
}
