'use strict';
Promise.resolve('v').then(function (...args) {
  console.log('then args:', args, 'this:', this);
});
Promise.reject('r').catch(function (...args) {
  console.log('catch args:', args, 'this:', this);
});
Promise.resolve('f').finally(function (...args) {
  console.log('finally args:', args.length, 'this:', this);
});
new Promise(function (...args) {
  console.log('executor arity:', args.length, typeof args[0], typeof args[1], 'this:', this);
  args[0]();
});
const thenable = {
  then(...args) {
    console.log('thenable.then this is thenable:', this === thenable, 'arity', args.length);
    args[0]('adopted');
  },
};
Promise.resolve(thenable).then((v) => console.log(v));
const p = Promise.resolve(1);
const results = [p.then(), p.catch(), p.finally()];
console.log(results.every((x) => x instanceof Promise), results.includes(p));
Promise.all(results).then((v) => console.log('pass-through values', v));
