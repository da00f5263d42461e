const fulfilled = Promise.resolve(1);
const pending = new Promise(() => {});
const rejected = Promise.reject(new Error('nope'));
rejected.catch(() => {});
const withObj = Promise.resolve({ a: [1, 2], s: 'str' });
const rejectedStr = Promise.reject('why');
rejectedStr.catch(() => {});
console.log(fulfilled, pending, withObj, rejectedStr);
console.log([fulfilled, pending], { p: withObj });
console.log(Promise.resolve(undefined), Promise.resolve(null), Promise.resolve('s'), Promise.resolve([1]));
console.log(Promise.resolve(Promise.resolve(2)));
const chained = fulfilled.then((v) => v + 1);
console.log('before tick:', chained);
class MyPromise extends Promise {}
const mine = MyPromise.resolve(5);
console.log(mine, new MyPromise(() => {}));
const tagged = Promise.resolve(3);
tagged.label = 'extra';
console.log(tagged);
Promise.resolve().then(() => {
  console.log('after tick:', chained);
  console.log(Promise.resolve(Promise.resolve(2)), Promise.resolve(fulfilled) === fulfilled);
});
console.log(Promise.resolve(new Map([['k', 1]])), Promise.resolve({ deep: { er: { est: {} } } }));
