async function* ag() {}
console.log(Object.prototype.toString.call(ag()), ag()[Symbol.toStringTag]);
