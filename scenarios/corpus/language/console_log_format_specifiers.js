console.log('%s is %d years and %i days', 'Ann', 42.5, 3.9);
console.log('%f', '1.25xyz');
console.log('%o', 'str');
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('100%% done', 'extra');
console.log('%s', 'a', 'b');
console.log('no placeholders', 1, 'two');
console.log('%c styled', 'color: red');
console.log('%s', { toString() { return 'custom'; } });
