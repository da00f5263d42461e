function probe(kind) {
  switch (kind) {
    case 'init':
      let value = 'set';
      return value;
    case 'read':
      try {
        return value;
      } catch (e) {
        return e.name + ': ' + e.message;
      }
    case 'typeof':
      try { return typeof value; } catch (e) { return 'typeof threw ' + e.name; }
    case 'assign':
      try { value = 'assigned'; return value; } catch (e) { return 'assign threw ' + e.name; }
    default:
      return 'default';
  }
}
for (const k of ['init', 'read', 'typeof', 'assign', 'other']) console.log(k, '->', probe(k));
const x = 'outer';
switch (x) {
  case 'outer': {
    const x = 'block';
    console.log('braced case:', x);
  }
}
console.log('after:', x);
switch (2) {
  case 1:
    const shared = 'one';
  case 2:
    try { console.log(shared); } catch (e) { console.log('fallthrough target:', e.message); }
}
