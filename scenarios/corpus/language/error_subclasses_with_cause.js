class AppError extends Error {
  constructor(message, options) { super(message, options); this.name = 'AppError'; }
}
class DbError extends AppError {
  constructor(query, options) { super(`query failed: ${query}`, options); this.name = 'DbError'; this.query = query; }
}
const low = new TypeError('socket closed');
const mid = new DbError('SELECT 1', { cause: low });
const top = new AppError('request failed', { cause: mid });
let e = top;
while (e) {
  console.log(`${e.name}: ${e.message}`, e instanceof AppError, e instanceof Error, e.constructor.name);
  e = e.cause;
}
console.log('cause' in new Error('x'), 'cause' in new Error('x', {}), new Error('x', { cause: undefined }).hasOwnProperty('cause'));
console.log(new Error('x', { cause: 0 }).cause, new Error('x', 'not an object').cause, new RangeError('r', { cause: 'str' }).cause);
console.log(Object.getOwnPropertyDescriptor(new Error('m', { cause: 1 }), 'cause'));
console.log(Object.getOwnPropertyDescriptor(new Error('m'), 'message'));
console.log(String(mid), mid.toString === Error.prototype.toString, Object.prototype.toString.call(mid));
console.log(Error.prototype.toString.call({ name: 'Custom', message: 'msg' }), Error.prototype.toString.call({}), Error.prototype.toString.call({ name: '', message: 'only msg' }));
console.log(new Error().message === '', new Error(undefined).message, new Error(42).message, String(new Error('')));
for (const C of [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const err = new C('m');
  console.log(C.name, err.name, Object.getPrototypeOf(C) === Error, err instanceof Error, Object.hasOwn(err, 'name'));
}
console.log(Error('called without new') instanceof Error, TypeError('t').name);
try { decodeURIComponent('%'); } catch (err) { console.log(err.name, err.message); }
class NoName extends Error {}
console.log(new NoName('n').name, String(new NoName('n')), new NoName('n') instanceof NoName);
