'use strict';
// node:util — promisify, callbackify, inherits, deprecate, and inspect/format from loopsim's Inspect
// (the formatting console.log uses), with the same ticks as Node's: promisify settles its promise from
// the callback, callbackify calls back through process.nextTick.

const binding = internalBinding;
const { invalidArgType, classOf } = binding;
const { nodeError } = require('internal/errors');
const { isDeepStrictEqual } = require('internal/util/comparisons');

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'function', value);
}

// util.promisify: (...args) => a promise settled by the (err, value) callback appended to args.
function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) {
          return reject(err);
        }
        resolve(values[0]);
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) {
    Object.setPrototypeOf(descriptors[key], null);
  }
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const newReason = nodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
    newReason.reason = reason;
    reason = newReason;
  }
  return cb(reason);
}

// util.callbackify: the promise's outcome goes to the callback in a nextTick, never synchronously.
function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// util.inherits: the legacy prototype link, with ctor.super_.
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'function', ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'function', superCtor);
  if (superCtor.prototype === undefined) throw invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// util.deprecate: the wrapped function warns once (DeprecationWarning), then behaves as the original.
function deprecate(fn, msg, code) {
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      binding.emitWarning(code !== undefined ? `[${code}] ${msg}` : msg, 'DeprecationWarning');
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// util.inspect(value, options) and the legacy (value, showHidden, depth, colors) form.
function inspect(value, opts) {
  let options = opts;
  if (typeof opts !== 'object' || opts === null) {
    options = { showHidden: opts === true };
    if (arguments.length >= 3 && arguments[2] !== undefined) options.depth = arguments[2];
  }
  return binding.inspect(value, options);
}
inspect.custom = kCustomInspectSymbol;
inspect.defaultOptions = {
  showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
  maxArrayLength: 100, maxStringLength: 10000, breakLength: 128, compact: 3, sorted: false,
  getters: false, numericSeparator: false,
};

function format(...args) {
  return binding.format(...args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (typeof inspectOptions !== 'object' || inspectOptions === null) {
    throw invalidArgType('inspectOptions', 'object', inspectOptions);
  }
  return binding.formatWithOptions(inspectOptions, ...args);
}

function classIs(name) {
  return (value) => classOf(value) === name;
}

// util.types: the checks loopsim's values can answer (no typed arrays, buffers or proxies here).
const types = {
  isDate: classIs('Date'),
  isArgumentsObject: classIs('Arguments'),
  isBooleanObject: (v) => classOf(v) === 'Boolean',
  isNumberObject: (v) => classOf(v) === 'Number',
  isStringObject: (v) => classOf(v) === 'String',
  isSymbolObject: (v) => classOf(v) === 'Symbol',
  isNativeError: classIs('Error'),
  isRegExp: classIs('RegExp'),
  isAsyncFunction: (v) => binding.isAsyncFunction(v),
  isGeneratorFunction: (v) => binding.isGeneratorFunction(v),
  isGeneratorObject: (v) => classOf(v) === 'Generator' || classOf(v) === 'AsyncGenerator',
  isPromise: (v) => binding.isPromise(v),
  isMap: classIs('Map'),
  isSet: classIs('Set'),
  isWeakMap: classIs('WeakMap'),
  isWeakSet: classIs('WeakSet'),
  isBoxedPrimitive: (v) => ['Boolean', 'Number', 'String', 'Symbol'].includes(classOf(v)),
  isProxy: () => false,
};

module.exports = {
  callbackify,
  deprecate,
  format,
  formatWithOptions,
  inherits,
  inspect,
  isArray: Array.isArray,
  isDeepStrictEqual,
  promisify,
  types,
};
