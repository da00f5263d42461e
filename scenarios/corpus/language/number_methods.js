console.log((3.14159).toFixed(2), (0.000123).toExponential(1), (1234.5).toPrecision(6));
console.log((255).toString(16), (255).toString(2), parseInt('ff', 16), parseFloat('3.5e2x'));
console.log(Number('  42  '), Number(''), Number('0x10'), Number('abc'), Number(null), Number(undefined));
console.log(Number.isInteger(5.0), Number.isSafeInteger(2 ** 53), Number.EPSILON > 0, Number.MAX_SAFE_INTEGER);
console.log(Math.max(1, 5, 3), Math.min(), Math.floor(-1.5), Math.ceil(-1.5), Math.round(2.5), Math.round(-2.5));
console.log(Math.abs(-7), Math.sign(-3), Math.trunc(4.9), Math.hypot(3, 4), Math.cbrt(27));
