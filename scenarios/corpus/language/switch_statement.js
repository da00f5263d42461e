function kind(x) {
  switch (typeof x) {
    case 'number':
      if (x === 0) return 'zero';
    case 'bigint':
      return 'numeric';
    case 'string':
      return 'text';
    default:
      return 'other';
  }
}
console.log(kind(0), kind(5), kind('s'), kind(null));
function fall(n) {
  let out = '';
  switch (n) {
    case 1: out += 'one ';
    case 2: out += 'two ';
      break;
    case 3: out += 'three ';
  }
  return out;
}
console.log(fall(1) + '|' + fall(2) + '|' + fall(3) + '|' + fall(4));
