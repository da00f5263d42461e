const log = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    try {
      try {
        if (i === 1 && j === 1) break outer;
        log.push(`${i}${j}`);
      } finally {
        log.push(`inner-finally ${i}${j}`);
      }
    } finally {
      if (i === 1 && j === 1) log.push('outer-finally on break');
    }
  }
}
console.log(log.join(' | '));
function breakOverridesReturn() {
  block: {
    try { return 'returned'; } finally { break block; }
  }
  return 'after block';
}
console.log(breakOverridesReturn());
function breakSwallowsThrow() {
  loop: while (true) {
    try { throw new Error('lost'); } finally { break loop; }
  }
  return 'error swallowed';
}
console.log(breakSwallowsThrow());
const order = [];
named: {
  try { order.push('try'); break named; order.push('unreachable'); }
  catch (e) { order.push('catch'); }
  finally { order.push('finally'); }
  order.push('after try');
}
console.log(order);
