const log = [];
rows: for (let r = 0; r < 3; r++) {
  for (let c = 0; c < 3; c++) {
    try {
      if (c === 1) continue rows;
      log.push(`cell ${r},${c}`);
    } finally {
      log.push(`finally ${r},${c}`);
    }
  }
  log.push('never reached');
}
console.log(log);
let n = 0;
const seen = [];
loop: do {
  n++;
  try { if (n % 2) continue loop; seen.push('even ' + n); }
  finally { seen.push('f' + n); }
} while (n < 4);
console.log(seen);
function continueOverridesReturn() {
  const out = [];
  for (let i = 0; i < 3; i++) {
    try { if (i === 1) return 'would return'; out.push(i); }
    finally { if (i === 1) continue; }
  }
  return out;
}
console.log(continueOverridesReturn());
const nested = [];
a: for (const x of ['x', 'y']) {
  b: for (const y of [1, 2]) {
    try {
      try { if (y === 1) continue a; } finally { nested.push('inner ' + x + y); }
    } finally { nested.push('outer ' + x + y); }
  }
}
console.log(nested);
