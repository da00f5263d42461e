// A CommonJS file sees module, exports and require; `this` at top level is module.exports.
console.log(typeof module, typeof exports, typeof require);
console.log('this === module.exports:', this === module.exports);
console.log('exports === module.exports:', exports === module.exports);
console.log('require.main === module:', require.main === module);
