'use strict';
function tryIt(label, fn) { try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.message); } }
tryIt('undeclared assignment:', () => { undeclaredVariable = 1; });
tryIt('arguments not mapped:', () => (function (a) { a = 'changed'; return arguments[0]; })('original'));
tryIt('this in plain call:', () => (function () { return this; })());
tryIt('delete non-configurable:', () => delete Object.prototype.nonexistent);
tryIt('define on non-extensible:', () => { const o = Object.preventExtensions({}); Object.defineProperty(o, 'x', { value: 1 }); });
tryIt('write to primitive:', () => { 'str'.prop = 1; });
tryIt('arguments is not an array:', () => (function () { return [Array.isArray(arguments), arguments.length]; })(1, 2));
tryIt('getter-less set on frozen nested:', () => { const o = Object.freeze({ n: {} }); o.n.x = 1; return o.n.x; });
tryIt('this in callback:', () => [1].map(function () { return this; }));
tryIt('this in callback with thisArg:', () => [1].map(function () { return this; }, 'thisArg'));
tryIt('primitive this not boxed:', () => typeof function () { return this; }.call(7));
