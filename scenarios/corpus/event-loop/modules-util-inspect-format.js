// util.inspect with depth/compact/breakLength, util.format, util.types, isDeepStrictEqual.
const util = require('util');
const nested = { a: { b: { c: { d: { e: 1 } } } }, list: [1, [2, [3, [4]]]] };
console.log(util.inspect(nested));
console.log(util.inspect(nested, { depth: 0 }));
console.log(util.inspect(nested, { depth: Infinity }));
console.log(util.inspect(nested, { depth: null, compact: false }));
console.log(util.inspect({ a: 1, b: 'two' }, { breakLength: 3 }));
console.log(util.inspect('quoted'), util.inspect([1, 'a', null, undefined]));
console.log(util.format('%s is %d years and %i days, %j %o %%', 'loopsim', 1.5, 2.9, { j: 1 }, [1]));
console.log(util.format('extra', 1, { a: 1 }, 'args'), util.format(1, 2), util.format());
console.log(util.types.isPromise(Promise.resolve()), util.types.isPromise({ then() {} }),
  util.types.isDate(new Date(0)), util.types.isRegExp(/x/), util.types.isNativeError(new RangeError()),
  util.types.isMap(new Map()), util.types.isSet(new Set()), util.types.isAsyncFunction(async () => {}),
  util.types.isGeneratorFunction(function* () {}));
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }),
  util.isDeepStrictEqual([1], ['1']), util.isDeepStrictEqual(new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])),
  util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0),
  util.isDeepStrictEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])),
  util.isDeepStrictEqual(Object.create(null), {}));
