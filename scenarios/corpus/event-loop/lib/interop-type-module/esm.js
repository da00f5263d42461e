// A .js file under a package.json with "type": "module": an ES module, without import or export syntax needed.
console.log('type-module esm.js runs; require is', typeof require);
export const kind = 'module by package type';
