const agg = new AggregateError([new Error('a'), 'b', 3], 'several failed', { cause: 'root' });
console.log(agg.name, agg.message, agg.errors.length, agg.errors.map(String), agg.cause);
console.log(agg instanceof AggregateError, agg instanceof Error, Object.getPrototypeOf(AggregateError) === Error);
console.log(Array.isArray(agg.errors), Object.hasOwn(agg, 'errors'), new AggregateError(new Set([1, 2])).errors);
console.log(String(new AggregateError([])), new AggregateError([]).message === '');
try { new AggregateError(5); } catch (e) { console.log(e.name, e.message); }
Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]).catch((e) => {
  console.log('any rejected:', e.constructor.name, e.message, e.errors.map((x) => x.message));
});
Promise.any([]).catch((e) => console.log('empty any:', e.name, e.message, e.errors));
Promise.any([Promise.reject(1), Promise.resolve(2), Promise.resolve(3)]).then((v) => console.log('any fulfilled:', v));
Promise.any([new Promise(() => {}), Promise.reject('r')]).then((v) => console.log('never', v));
Promise.any('ab').then((v) => console.log('any over string:', v));
Promise.any(5).catch((e) => console.log('any non-iterable:', e.name));
