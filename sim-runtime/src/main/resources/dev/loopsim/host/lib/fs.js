'use strict';
// node:fs — readFile, writeFile, readdir and stat with callbacks, and fs.promises, on loopsim's fake
// filesystem (the script itself, the scenario's files, what the run writes). Each operation is one fake
// I/O request: its callback runs, or its promise settles, in the poll phase when the request completes.
// Errors have Node's shape: `ENOENT: no such file or directory, open '/abs/path'` with errno, code,
// syscall and path; the callback API's errors have no stack frames (they come from libuv), the promise
// API's carry the frames of node:internal/fs/promises that node prints.

const { io, invalidArgType } = internalBinding;

// FsBuffer: what readFile gives without an encoding — enough of a Buffer for the scripts loopsim runs
// (length in bytes, toString, printing as <Buffer …>); node:buffer itself is not simulated.
function utf8Bytes(text) {
  const bytes = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.codePointAt(i);
    if (c > 0xffff) i++;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return bytes;
}

class FsBuffer {
  #text;
  #bytes;
  constructor(text) {
    this.#text = text;
    this.#bytes = utf8Bytes(text);
    Object.defineProperty(this, 'length', { value: this.#bytes.length, enumerable: false });
  }
  toString() {
    return this.#text;
  }
  toJSON() {
    return { type: 'Buffer', data: this.#bytes.slice() };
  }
  [Symbol.for('nodejs.util.inspect.custom')]() {
    const shown = this.#bytes.slice(0, 50).map((b) => (b < 16 ? '0' : '') + b.toString(16)).join(' ');
    const more = this.#bytes.length > 50 ? ` ... ${this.#bytes.length - 50} more bytes` : '';
    return `<Buffer${shown ? ' ' + shown : ''}${more}>`;
  }
}

// fs.Stats, as far as scripts usually look: isFile(), isDirectory(), size and the times.
class Stats {
  constructor(info) {
    this.size = info.size;
    this.mtimeMs = info.mtimeMs;
    this.atimeMs = info.mtimeMs;
    this.ctimeMs = info.mtimeMs;
    this.birthtimeMs = info.mtimeMs;
    this.mtime = new Date(info.mtimeMs);
    this.atime = new Date(info.mtimeMs);
    this.ctime = new Date(info.mtimeMs);
    this.birthtime = new Date(info.mtimeMs);
    Object.defineProperty(this, kDirectory, { value: info.directory });
  }
  isFile() {
    return !this[kDirectory];
  }
  isDirectory() {
    return this[kDirectory];
  }
  isSymbolicLink() {
    return false;
  }
}
const kDirectory = Symbol('directory');

// uvException: the error libuv reported, with no JavaScript frames.
function uvException(info) {
  const err = new Error(info.message);
  err.errno = info.errno;
  err.code = info.code;
  err.syscall = info.syscall;
  if (info.path !== undefined) err.path = info.path;
  Object.defineProperty(err, 'stack', {
    value: 'Error: ' + info.message, writable: true, configurable: true, enumerable: false,
  });
  return err;
}

// The frames and crash site node:internal/fs/promises reports for each operation (recorded from node v20).
const OPEN_SITE = ['node:internal/fs/promises', 637, 25, '  return new FileHandle(await PromisePrototypeThen('];
const PROMISE_FRAMES = {
  readFile: { frames: ['async open (node:internal/fs/promises:637:25)', 'async Object.readFile (node:internal/fs/promises:1249:14)'], site: OPEN_SITE },
  readFileRead: { frames: ['async readFileHandle (node:internal/fs/promises:551:24)'], site: ['node:internal/fs/promises', 551, 24, '    const bytesRead = (await PromisePrototypeThen('] },
  writeFile: { frames: ['async open (node:internal/fs/promises:637:25)', 'async Object.writeFile (node:internal/fs/promises:1219:14)'], site: OPEN_SITE },
  readdir: { frames: ['async Object.readdir (node:internal/fs/promises:950:18)'], site: ['node:internal/fs/promises', 950, 18, '  const result = await PromisePrototypeThen('] },
  stat: { frames: ['async Object.stat (node:internal/fs/promises:1033:18)'], site: ['node:internal/fs/promises', 1033, 18, '  const result = await PromisePrototypeThen('] },
};

function promiseException(op, info) {
  const err = uvException(info);
  const where = PROMISE_FRAMES[op === 'readFile' && info.syscall === 'read' ? 'readFileRead' : op];
  err.stack += where.frames.map((f) => '\n    at ' + f).join('');
  io.internalSite(err, ...where.site);
  return err;
}

function validatePath(path) {
  if (typeof path !== 'string') throw invalidArgType('path', 'string or an instance of Buffer or URL', path);
}

function validateCallback(cb) {
  if (typeof cb !== 'function') throw invalidArgType('cb', 'function', cb);
}

function encodingOf(options) {
  if (typeof options === 'string') return options;
  if (options !== null && typeof options === 'object' && options.encoding != null) return options.encoding;
  return undefined;
}

function decode(text, encoding) {
  return encoding === undefined || encoding === 'buffer' ? new FsBuffer(text) : String(text);
}

function dataText(data) {
  if (typeof data === 'string' || data instanceof FsBuffer) return String(data);
  throw invalidArgType('data', 'string or an instance of Buffer, TypedArray, or DataView', data);
}

// The callback API: fs.readFile(path[, options], cb) and friends.
function readFile(path, options, cb) {
  if (cb === undefined) {
    cb = options;
    options = undefined;
  }
  validateCallback(cb);
  validatePath(path);
  const encoding = encodingOf(options);
  io.fs('readFile', path, undefined, (err, text) => (err ? cb(uvException(err)) : cb(null, decode(text, encoding))));
}

function writeFile(path, data, options, cb) {
  if (cb === undefined) {
    cb = options;
    options = undefined;
  }
  validateCallback(cb);
  validatePath(path);
  const text = dataText(data);
  io.fs('writeFile', path, text, (err) => (err ? cb(uvException(err)) : cb(null)));
}

function readdir(path, options, cb) {
  if (cb === undefined) {
    cb = options;
    options = undefined;
  }
  validateCallback(cb);
  validatePath(path);
  io.fs('readdir', path, undefined, (err, names) => (err ? cb(uvException(err)) : cb(null, names)));
}

function stat(path, options, cb) {
  if (cb === undefined) {
    cb = options;
    options = undefined;
  }
  validateCallback(cb);
  validatePath(path);
  io.fs('stat', path, undefined, (err, info) => (err ? cb(uvException(err)) : cb(null, new Stats(info))));
}

// fs.promises: the same operations, settled from the completion.
function request(op, path, data, onValue) {
  return new Promise((resolve, reject) => {
    validatePath(path);
    io.fs(op, path, data, (err, value) => (err ? reject(promiseException(op, err)) : resolve(onValue(value))));
  });
}

const promises = {
  readFile(path, options) {
    const encoding = encodingOf(options);
    return request('readFile', path, undefined, (text) => decode(text, encoding));
  },
  writeFile(path, data, options) {
    return request('writeFile', path, dataText(data), () => undefined);
  },
  readdir(path, options) {
    return request('readdir', path, undefined, (names) => names);
  },
  stat(path, options) {
    return request('stat', path, undefined, (info) => new Stats(info));
  },
};

module.exports = { readFile, writeFile, readdir, stat, Stats, promises };
