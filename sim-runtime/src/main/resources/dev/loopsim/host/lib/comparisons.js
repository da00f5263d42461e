'use strict';
// node:internal/util/comparisons — the deep equality of assert.deepEqual / deepStrictEqual and
// util.isDeepStrictEqual: same prototype and tag (strict), same own enumerable keys, equal values,
// Maps and Sets compared by content in any order, cycles compared as cycles.

const { classOf } = internalBinding;

const kStrict = true;
const kLoose = false;

function isPrimitive(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

function ownEnumerableKeys(value, strict) {
  const keys = Object.keys(value);
  if (strict) {
    for (const symbol of Object.getOwnPropertySymbols(value)) {
      if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

// innerDeepEqual: Object.is for strict primitives, == for loose ones, else a structural comparison.
function innerDeepEqual(a, b, strict, memos) {
  if (a === b) {
    return a !== 0 || Object.is(a, b) || !strict;
  }
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const aTag = Object.prototype.toString.call(a);
  const bTag = Object.prototype.toString.call(b);
  if (aTag !== bTag) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const aKeys = ownEnumerableKeys(a, strict);
    const bKeys = ownEnumerableKeys(b, strict);
    if (aKeys.length !== bKeys.length) return false;
    return keyCheck(a, b, strict, memos, aKeys);
  }
  const aClass = classOf(a);
  const bClass = classOf(b);
  if (aClass !== bClass) return false;
  if (aClass === 'Date') {
    if (a.getTime() !== b.getTime()) return false;
  } else if (aClass === 'RegExp') {
    if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (aClass === 'Error' || a instanceof Error) {
    if (a.message !== b.message || a.name !== b.name) return false;
  } else if (aClass === 'Number' || aClass === 'String' || aClass === 'Boolean' || aClass === 'Symbol') {
    if (!Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (aClass === 'WeakMap' || aClass === 'WeakSet' || aClass === 'Promise') {
    return a === b;
  }
  const aKeys = ownEnumerableKeys(a, strict);
  const bKeys = ownEnumerableKeys(b, strict);
  if (aKeys.length !== bKeys.length) return false;
  return keyCheck(a, b, strict, memos, aKeys);
}

function keyCheck(a, b, strict, memos, aKeys) {
  for (const key of aKeys) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key)) return false;
  }
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const seenA = memos.a.get(a);
    if (seenA !== undefined) {
      const seenB = memos.b.get(b);
      if (seenB !== undefined) return seenA === seenB;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const result = objEquiv(a, b, strict, aKeys, memos);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function objEquiv(a, b, strict, keys, memos) {
  const aClass = classOf(a);
  if (aClass === 'Set') {
    if (a.size !== b.size || !setEquiv(a, b, strict, memos)) return false;
  } else if (aClass === 'Map') {
    if (a.size !== b.size || !mapEquiv(a, b, strict, memos)) return false;
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function setEquiv(a, b, strict, memos) {
  const pending = [];
  for (const value of a) {
    if (isPrimitive(value) ? b.has(value) : false) continue;
    if (!isPrimitive(value) || !strict) pending.push(value);
    else return false;
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const value of b) {
    if (!(isPrimitive(value) && a.has(value))) candidates.push(value);
  }
  for (const value of pending) {
    const index = candidates.findIndex((other) => innerDeepEqual(value, other, strict, memos));
    if (index < 0) return false;
    candidates.splice(index, 1);
  }
  return true;
}

function mapEquiv(a, b, strict, memos) {
  const pending = [];
  for (const [key, value] of a) {
    if (isPrimitive(key)) {
      if (!b.has(key) && strict) return false;
      if (b.has(key)) {
        if (!innerDeepEqual(value, b.get(key), strict, memos)) return false;
        continue;
      }
    }
    pending.push([key, value]);
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const [key, value] of b) {
    if (!(isPrimitive(key) && a.has(key))) candidates.push([key, value]);
  }
  for (const [key, value] of pending) {
    const index = candidates.findIndex(([k, v]) =>
      innerDeepEqual(key, k, strict, memos) && innerDeepEqual(value, v, strict, memos));
    if (index < 0) return false;
    candidates.splice(index, 1);
  }
  return true;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
