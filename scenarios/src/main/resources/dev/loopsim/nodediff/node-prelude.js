// loopsim's node prelude, loaded by `loopsim diff` with `node --require THIS SCENARIO`.
//
// It makes real node replay what loopsim simulated, so that their stdout can be compared:
// - time is scaled: virtual millisecond t is real libuv millisecond L0 + t * scale, for every timer
//   (setTimeout, setInterval, timers/promises) and every fake I/O completion; Date.now(), new Date(),
//   performance.now(), process.hrtime() and process.uptime() report elapsed real time divided by scale,
//   so a script's own time arithmetic stays in virtual milliseconds;
// - fetch and fs (readFile, writeFile, readdir, stat; callbacks, fs.promises and fs/promises) answer
//   from the scenario's routes and files, the k-th operation after the latency and with the outcome of
//   loopsim's k-th io-start event. A difference between the two runs' operations is noted on stderr.
//
// The hand-over is the JSON file named by LOOPSIM_HANDOVER:
//   { "scale": 20, "io": [{ "op": "fetch GET https://x/1", "latency": 40, "outcome": "200" }, ...],
//     "routes": [{ "url": "https://x/*", "method": "GET", "status": 200, "headers": {}, "body": "..." }],
//     "files": { "/absolute/path": "content" } }
'use strict';
(function installLoopsimPrelude() {
  const fs = require('fs');
  const timers = require('timers');
  const timersPromises = require('timers/promises');
  const util = require('util');
  const http = require('http');
  const pathModule = require('path');
  const os = require('os');

  const handOverFile = process.env.LOOPSIM_HANDOVER;
  delete process.env.LOOPSIM_HANDOVER;
  const handOver = JSON.parse(fs.readFileSync(handOverFile, 'utf8'));
  const scale = handOver.scale;
  const TIMEOUT_MAX = 2 ** 31 - 1;

  const real = {
    setTimeout: timers.setTimeout,
    setInterval: timers.setInterval,
    clearTimeout: timers.clearTimeout,
    hrtimeBigint: process.hrtime.bigint,
    promisesSetTimeout: timersPromises.setTimeout,
    promisesSetInterval: timersPromises.setInterval,
    schedulerWait: timersPromises.scheduler && timersPromises.scheduler.wait,
    dateNow: Date.now,
    performanceNow: performance.now.bind(performance),
    uptime: process.uptime,
    Date: Date,
  };

  // Node loads undici (Response, Headers) on first use, which takes a hundred real milliseconds: done
  // now, before the clock starts, rather than inside the first response's virtual millisecond; and only
  // for scenarios that fetch, as it would slow every other run down.
  if (handOver.io.some((draw) => draw.op.startsWith('fetch '))) {
    new Response('').headers.get('content-type');
  }

  // --- The clock ---------------------------------------------------------------------------------

  // L0, the libuv millisecond that is virtual time 0: a timer's _idleStart is libuv's clock (whole ms
  // since the loop started), refreshed when the timer is created. The high-resolution clock read just
  // after it is at most a millisecond later, so timers aim one millisecond late (see libuvAt).
  const probe = real.setTimeout(() => {}, 1);
  const libuvOrigin = probe._idleStart;
  const hrtimeOrigin = real.hrtimeBigint();
  real.clearTimeout(probe);
  const dateOrigin = real.dateNow();
  const performanceOrigin = real.performanceNow();
  const uptimeOrigin = real.uptime();

  // The virtual millisecond a timer or completion was due at, once it runs: the clock never reads less,
  // although libuv's clock (whole ms) may fire it a fraction of a real millisecond before the
  // high-resolution clock gets there, which is many virtual ms when a long run is compressed.
  let reached = 0;
  function reach(due) {
    if (due > reached) reached = due;
  }

  /** Virtual milliseconds since the start, fractional: real elapsed time divided by the scale. */
  function virtualNow() {
    const elapsed = Number(real.hrtimeBigint() - hrtimeOrigin) / 1e6 / scale;
    return elapsed > reached ? elapsed : reached;
  }

  /** The virtual time timers start from: whole milliseconds, as libuv's clock. */
  function virtualMillis() {
    return Math.floor(virtualNow());
  }

  /** An estimate of libuv's clock now, in whole milliseconds. */
  function libuvNow() {
    return libuvOrigin + Math.floor(Number(real.hrtimeBigint() - hrtimeOrigin) / 1e6);
  }

  /** The libuv millisecond by which virtual millisecond t has begun on the high-resolution clock too. */
  function libuvAt(t) {
    return libuvOrigin + Math.ceil(t * scale) + 1;
  }

  /**
   * Starts a real timer that expires at libuv millisecond `expiry` exactly: a Timeout expires at
   * _idleStart + its whole-ms duration, and _idleStart is libuv's clock when it was created.
   */
  function timeoutExpiringAt(expiry, callback, args, create = real.setTimeout) {
    let start = null;
    for (let attempt = 0; ; attempt++) {
      const guess = start === null ? libuvNow() : start;
      const duration = Math.max(1, expiry - guess);
      const timeout = create(callback, duration, ...args);
      if (timeout._idleStart + duration === expiry || expiry - timeout._idleStart <= 1 || attempt === 3) {
        return timeout;
      }
      real.clearTimeout(timeout);
      start = timeout._idleStart;
    }
  }

  // Node's setTimeout: after *= 1; outside [1, TIMEOUT_MAX] it is 1; lists hold whole milliseconds.
  function timerDelay(after) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1;
    return Math.trunc(after);
  }

  Date.now = function now() {
    return dateOrigin + virtualMillis();
  };
  const ScaledDate = new Proxy(real.Date, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [Date.now()] : args, newTarget);
    },
    apply(target, thisArg, args) {
      return new target(Date.now()).toString();
    },
  });
  globalThis.Date = ScaledDate;
  performance.now = function now() {
    return performanceOrigin + virtualNow();
  };
  const scaledHrtime = function hrtime(previous) {
    const now = process.hrtime.bigint();
    let ns = now;
    if (previous !== undefined) {
      ns -= BigInt(previous[0]) * 1000000000n + BigInt(previous[1]);
    }
    return [Number(ns / 1000000000n), Number(ns % 1000000000n)];
  };
  scaledHrtime.bigint = function bigint() {
    return hrtimeOrigin + BigInt(Math.floor(virtualNow() * 1e6));
  };
  process.hrtime = scaledHrtime;
  process.uptime = function uptime() {
    return uptimeOrigin + virtualNow() / 1000;
  };

  // --- Timers --------------------------------------------------------------------------------------

  function setTimeout(callback, after, ...args) {
    if (typeof callback !== 'function') return real.setTimeout(callback, after, ...args);
    const due = virtualMillis() + timerDelay(after);
    return timeoutExpiringAt(libuvAt(due), function fired(...a) {
      reach(due);
      return callback.apply(this, a);
    }, args);
  }
  Object.defineProperty(setTimeout, util.promisify.custom, {
    enumerable: true,
    get() {
      return promisesSetTimeout;
    },
  });

  function setInterval(callback, repeat, ...args) {
    if (typeof callback !== 'function') return real.setInterval(callback, repeat, ...args);
    // Node keeps intervals of one period in one list (their order in a round is their creation
    // order), so the real period is exactly `repeat` times the scale; unlike a timeout's, a
    // repetition is not re-aimed, and may drift by the real lateness of the ones before it.
    const every = timerDelay(repeat);
    let due = virtualMillis() + every;
    return real.setInterval(function repetition(...a) {
      reach(due);
      due = virtualMillis() + every;
      return callback.apply(this, a);
    }, every * scale, ...args);
  }

  // timers/promises' setTimeout resolves from its own Timeout's callback, in the timer's macrotask: so
  // does this one. With a signal, node's own runs, aimed approximately (an abort is not timed).
  function promisesSetTimeout(after, value, options = {}) {
    const plain = options !== null && typeof options === 'object' && options.signal === undefined;
    if (!plain || (options.ref !== undefined && typeof options.ref !== 'boolean')) {
      const delay = timerDelay(after) * scale;
      return real.promisesSetTimeout(delay, value, options);
    }
    return new Promise((resolve) => {
      const due = virtualMillis() + timerDelay(after);
      const timeout = timeoutExpiringAt(libuvAt(due), (v) => {
        reach(due);
        resolve(v);
      }, [value]);
      if (options.ref === false) timeout.unref();
    });
  }
  function promisesSetInterval(after, value, options) {
    return real.promisesSetInterval(timerDelay(after === undefined ? 1 : after) * scale, value, options);
  }

  globalThis.setTimeout = setTimeout;
  globalThis.setInterval = setInterval;
  timers.setTimeout = setTimeout;
  timers.setInterval = setInterval;
  timersPromises.setTimeout = promisesSetTimeout;
  timersPromises.setInterval = promisesSetInterval;
  if (real.schedulerWait) {
    timersPromises.scheduler.wait = function wait(delay, options) {
      return promisesSetTimeout(delay, undefined, options);
    };
  }

  // --- Fake I/O: the k-th operation replays loopsim's k-th ------------------------------------------

  let started = 0;
  function note(message) {
    process.stderr.write('loopsim prelude: ' + message + '\n');
  }

  /** What loopsim drew for the next operation: its latency and outcome. */
  function nextDraw(op) {
    const index = started++;
    const drawn = handOver.io[index];
    if (drawn === undefined) {
      note(`I/O #${index + 1} (${op}) started in node but not in loopsim; it completes after 1 ms`);
      return { latency: 1, outcome: null }; // what node's own answer would be
    }
    if (drawn.op !== op) {
      note(`I/O #${index + 1} is "${op}" in node but "${drawn.op}" in loopsim`);
    }
    return drawn;
  }

  // Completions due in the same virtual millisecond run one after another in the order they started,
  // with the nextTick and microtask queues drained between them, before that millisecond's timers (as
  // loopsim's poll wakes with them): as I/O callbacks in one poll phase. They are timers of one list
  // (one duration, one _idleStart), created half a virtual millisecond before their due time.
  const batches = new Map();
  function complete(draw, deliver) {
    const due = virtualMillis() + Math.max(0, draw.latency);
    let batch = batches.get(due);
    if (batch === undefined) {
      batch = [];
      batches.set(due, batch);
      timeoutExpiringAt(libuvAt(due - 0.5), () => {
        batches.delete(due);
        for (let attempt = 0; ; attempt++) {
          const created = batch.map((deliver) => real.setTimeout(() => {
            reach(due);
            deliver();
          }, 1));
          if (new Set(created.map((t) => t._idleStart)).size === 1 || attempt === 3) break;
          created.forEach(real.clearTimeout);
        }
      }, []);
    }
    batch.push(deliver);
  }

  // --- fs ------------------------------------------------------------------------------------------

  const files = new Map(Object.entries(handOver.files || {}));
  const errnoNames = util.getSystemErrorMap();

  function systemError(name, syscall, path) {
    const errno = -(os.constants.errno[name] || os.constants.errno.EIO);
    const entry = errnoNames.get(errno);
    const description = entry ? entry[1] : 'i/o error';
    // read and write name no path, as node's uvException for a file descriptor
    const withPath = syscall !== 'read' && syscall !== 'write';
    const message = `${name}: ${description}, ${syscall}` + (withPath ? ` '${path}'` : '');
    const error = new Error(message);
    error.stack = 'Error: ' + message;
    error.errno = errno;
    error.code = name;
    error.syscall = syscall;
    if (withPath) error.path = path;
    return error;
  }

  // process.cwd() is / in loopsim: relative paths resolve there in node too.
  process.chdir('/');

  function key(path) {
    if (path instanceof URL) path = require('url').fileURLToPath(path);
    if (Buffer.isBuffer(path)) path = path.toString();
    return pathModule.resolve('/', String(path));
  }

  function encodingOf(options) {
    if (typeof options === 'string') return options;
    return options && options.encoding ? options.encoding : null;
  }

  function isDirectory(dir) {
    const prefix = dir.endsWith(pathModule.sep) ? dir : dir + pathModule.sep;
    for (const name of files.keys()) if (name.startsWith(prefix)) return true;
    return false;
  }

  function stats(path) {
    const file = files.has(path);
    const size = file ? Buffer.byteLength(files.get(path)) : 4096;
    const s = Object.create(fs.Stats.prototype);
    Object.assign(s, {
      dev: 2049, mode: file ? 0o100644 : 0o40755, nlink: 1, uid: 1000, gid: 1000, rdev: 0,
      blksize: 4096, ino: 1, size, blocks: Math.ceil(size / 512),
      atimeMs: dateOrigin, mtimeMs: dateOrigin, ctimeMs: dateOrigin, birthtimeMs: dateOrigin,
    });
    for (const t of ['atime', 'mtime', 'ctime', 'birthtime']) s[t] = new real.Date(dateOrigin);
    return s;
  }

  /** One fs operation on the fake disk: [error, result], with the outcome loopsim drew. */
  const operations = {
    readFile(path, options) {
      const k = key(path);
      if (!files.has(k)) return [systemError('ENOENT', 'open', String(path))];
      const content = Buffer.from(files.get(k));
      const encoding = encodingOf(options);
      return [null, encoding ? content.toString(encoding) : content];
    },
    writeFile(path, data, options) {
      const k = key(path);
      files.set(k, typeof data === 'string' ? data : Buffer.from(data).toString());
      return [null, undefined];
    },
    readdir(path) {
      const k = key(path);
      if (!isDirectory(k)) {
        return [systemError(files.has(k) ? 'ENOTDIR' : 'ENOENT', 'scandir', String(path))];
      }
      const names = new Set();
      const prefix = k.endsWith(pathModule.sep) ? k : k + pathModule.sep;
      for (const name of files.keys()) {
        if (name.startsWith(prefix)) names.add(name.slice(prefix.length).split(pathModule.sep)[0]);
      }
      return [null, [...names].sort()];
    },
    stat(path) {
      const k = key(path);
      if (!files.has(k) && !isDirectory(k)) return [systemError('ENOENT', 'stat', String(path))];
      return [null, stats(k)];
    },
  };
  // Where an injected failure strikes, as loopsim's: an errno fails the first syscall, an I/O error
  // (EIO) the one that moves the data.
  const firstSyscall = { readFile: 'open', writeFile: 'open', readdir: 'scandir', stat: 'stat' };
  const dataSyscall = { readFile: 'read', writeFile: 'write', readdir: 'scandir', stat: 'stat' };

  /**
   * Runs operation `name` when it starts (its result, writes included, is fixed then, as in loopsim)
   * and hands [error, result] on after loopsim's latency; loopsim's outcome decides between them.
   */
  function fakeOperation(name, path, args, deliver) {
    const draw = nextDraw(`${name} ${key(path)}`);
    let answer;
    if (draw.outcome === 'ok' || draw.outcome === null) {
      answer = operations[name](path, ...args);
      if (answer[0]) note(`${name} ${key(path)} failed in node (${answer[0].code}) but not in loopsim`);
    } else {
      const natural = name === 'writeFile' ? [null] : operations[name](path, ...args);
      if (natural[0] && natural[0].code === draw.outcome) {
        answer = natural;
      } else {
        const syscall = draw.outcome === 'EIO' ? dataSyscall[name] : firstSyscall[name];
        answer = [systemError(draw.outcome, syscall, String(path))];
      }
    }
    complete(draw, () => deliver(answer[0], answer[1]));
  }

  function callbackVersion(name, arity) {
    const original = fs[name];
    const replacement = {
      [name](path, ...rest) {
        const callback = rest[rest.length - 1];
        if (typeof callback !== 'function') return original.call(this, path, ...rest);
        const args = rest.slice(0, arity - 1);
        fakeOperation(name, path, args, (error, result) => {
          if (error) callback(error);
          else callback(null, result);
        });
      },
    }[name];
    fs[name] = replacement;
  }
  callbackVersion('readFile', 2);
  callbackVersion('writeFile', 3);
  callbackVersion('readdir', 2);
  callbackVersion('stat', 2);

  // Node's ES module loader reads modules through fs.promises.readFile too: those reads stay real. The
  // caller is the frame below this function's and the fake's (a module's top-level code also runs
  // below node's internal frames, so only the direct caller tells).
  function calledByNodeInternals() {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 4;
    const frames = new Error().stack.split('\n');
    Error.stackTraceLimit = limit;
    return frames.length > 3 && frames[3].includes('(node:internal/');
  }

  // The frames of node's (v20.20.2) fs/promises functions where their errors surface.
  const promiseFrames = {
    readFile: ['async open (node:internal/fs/promises:637:25)', 'async Object.readFile (node:internal/fs/promises:1249:14)'],
    writeFile: ['async open (node:internal/fs/promises:637:25)', 'async Object.writeFile (node:internal/fs/promises:1219:14)'],
    readdir: ['async Object.readdir (node:internal/fs/promises:950:18)'],
    stat: ['async Object.stat (node:internal/fs/promises:1033:18)'],
  };

  const promises = fs.promises;
  for (const name of ['readFile', 'writeFile', 'readdir', 'stat']) {
    const original = promises[name];
    const arity = name === 'writeFile' ? 3 : 2;
    promises[name] = {
      async [name](path, ...rest) {
        if (calledByNodeInternals()) return original.call(this, path, ...rest);
        return new Promise((resolve, reject) => {
          fakeOperation(name, path, rest.slice(0, arity - 1), (error, result) => {
            if (error) {
              error.stack = [error.stack, ...promiseFrames[name].map((f) => '    at ' + f)].join('\n');
              reject(error);
            } else resolve(result);
          });
        });
      },
    }[name];
  }

  // --- fetch ---------------------------------------------------------------------------------------

  const routes = handOver.routes || [];
  function routeFor(method, url) {
    return routes.find((r) => {
      if (r.method && r.method.toUpperCase() !== method) return false;
      const pattern = r.url.split('*').map((s) => s.replace(/[.+?^$()|[\]\\{}]/g, '\\$&')).join('.*');
      return new RegExp('^' + pattern + '$').test(url);
    });
  }

  // TypeError: fetch failed, with the cause node gives: a host that does not resolve when no route
  // answers, a refused connection (or the errno drawn) when a route fails.
  function networkError(url, route, outcome) {
    const parsed = new URL(url);
    const host = parsed.hostname;
    let cause;
    if (route === undefined) {
      cause = new Error(`getaddrinfo ENOTFOUND ${host}`);
      Object.assign(cause, { errno: -3008, code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: host });
    } else {
      const name = outcome === 'network-error' ? 'ECONNREFUSED' : outcome;
      const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
      cause = new Error(`connect ${name} ${host}:${port}`);
      const errno = -(os.constants.errno[name] || 0);
      Object.assign(cause, { errno, code: name, syscall: 'connect', address: host, port });
    }
    return new TypeError('fetch failed', { cause });
  }

  globalThis.fetch = function fetch(input, init = undefined) {
    const url = input instanceof Request ? input.url : String(input);
    const method = ((init && init.method) || (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const draw = nextDraw(`fetch ${method} ${url}`);
    const route = routeFor(method, url);
    const outcome = draw.outcome ?? (route === undefined ? 'network-error' : String(route.status));
    return new Promise((resolve, reject) => {
      complete(draw, () => {
        if (route === undefined || !/^\d+$/.test(outcome)) {
          reject(networkError(url, route, outcome));
          return;
        }
        // A drawn status other than the route's is an injected HTTP failure: no headers, no body.
        const status = Number(outcome);
        const failed = status !== route.status;
        const nullBody = status === 204 || status === 205 || status === 304;
        const response = new Response(nullBody || failed ? null : route.body, {
          status,
          statusText: http.STATUS_CODES[status] || '',
          headers: failed ? {} : route.headers || {},
        });
        Object.defineProperty(response, 'url', { value: url });
        resolve(response);
      });
    });
  };
})();
