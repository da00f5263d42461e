// import of 'util' and 'node:util': promisify, format and types.isPromise.
import util from 'util';
import { promisify, format, types } from 'node:util';
console.log(util.promisify === promisify);
const wait = promisify((ms, cb) => setTimeout(() => cb(null, ms * 2), ms));
console.log(format('%s=%d', 'doubled', await wait(10)));
console.log(types.isPromise(wait(1)));
