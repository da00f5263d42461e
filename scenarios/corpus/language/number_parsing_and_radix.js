console.log(parseInt('  42px'), parseInt('0x1A'), parseInt('1e3'), parseInt('-0'), parseInt(''), parseInt('z', 36));
console.log(parseInt('101', 2), parseInt('777', 8), parseInt('10', 37), parseInt('10', 1), parseInt('10', 0), parseInt(null, 36));
console.log(parseInt(0.0000005), parseInt('123', 5), parseInt(' +7 '), parseInt('Infinity'));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e-2'), parseFloat('Infinityx'), parseFloat('1e1000'), parseFloat('x1'));
console.log(Number('0b101'), Number('0o17'), Number('1_000'), Number('  12  '), Number('1e-7'), Number('-0x10'), Number('.'), Number('5.'));
console.log((255).toString(16), (255).toString(36), (-255).toString(2), (0.5).toString(2), (3.75).toString(16), (1e21).toString(36));
console.log((123.456).toString(8), Number.parseInt === parseInt, Number.parseFloat === parseFloat);
try { (10).toString(1); } catch (e) { console.log(e.name, e.message); }
console.log(1_000_000, 0b1111, 0o777, 0xff, 0XAB, .5e1, 5e-324, 2e308);
console.log(Number.isNaN('abc'), isNaN('abc'), Number.isFinite('5'), isFinite('5'), Number.isInteger(5.0000000000000001), Number.isSafeInteger(2 ** 53 - 1));
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.MIN_SAFE_INTEGER, Number.EPSILON);
console.log(0.1 + 0.2, 0.1 + 0.2 === 0.3, Math.abs(0.3 - (0.1 + 0.2)) < Number.EPSILON, 9007199254740993, 2 ** 53 + 1);
console.log(1 / 3, 2 / 3, 100 / 3, 1e21, 1e-7, 123e-20, -1e-7, 0.000001, 1234567890123456789);
console.log(-0, [-0], String(-0), (-0).toString(), JSON.stringify(-0), `${-0}`, Object.is(-0 + 0, 0));
console.log(+[], +{}, +[5], +'', +' ', +'\n', +true, +null, +undefined, +[1, 2]);
