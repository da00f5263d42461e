'use strict';
// The fetch API (node's undici) on loopsim's fake network: fetch, Headers, Response. A request is one
// fake I/O request answered by the scenario's first matching route; a URL no route answers, or a
// network failure the scenario injects, rejects with node's `TypeError: fetch failed` and its cause.
// Reading a body takes the ticks undici's takes for a body already received (recorded from node v20):
// one promise job, then a nextTick, then seven promise jobs, the last settling the promise.

const { io } = internalBinding;
const { nextTick } = process;

function normalizeName(name) {
  return String(name).toLowerCase();
}

class Headers {
  #map = new Map();

  constructor(init) {
    if (init === undefined || init === null) return;
    if (init instanceof Headers) {
      init.forEach((value, name) => this.append(name, value));
    } else if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) this.append(pair[0], pair[1]);
    } else if (typeof init === 'object') {
      for (const name of Object.keys(init)) this.append(name, init[name]);
    }
  }

  append(name, value) {
    const key = normalizeName(name);
    const v = String(value).trim();
    this.#map.set(key, this.#map.has(key) ? this.#map.get(key) + ', ' + v : v);
  }

  set(name, value) {
    this.#map.set(normalizeName(name), String(value).trim());
  }

  get(name) {
    const key = normalizeName(name);
    return this.#map.has(key) ? this.#map.get(key) : null;
  }

  has(name) {
    return this.#map.has(normalizeName(name));
  }

  delete(name) {
    this.#map.delete(normalizeName(name));
  }

  forEach(callback, thisArg) {
    for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
  }

  *entries() {
    const names = [...this.#map.keys()].sort();
    for (const name of names) yield [name, this.#map.get(name)];
  }

  *keys() {
    for (const [name] of this.entries()) yield name;
  }

  *values() {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'Headers';
  }
}

class Response {
  #body;
  #bodyUsed = false;
  #status;
  #statusText;
  #headers;
  #url;

  constructor(body = null, init = {}) {
    this.#body = body === null || body === undefined ? '' : String(body);
    this.#status = init.status === undefined ? 200 : init.status;
    this.#statusText = init.statusText === undefined ? '' : String(init.statusText);
    this.#headers = new Headers(init.headers);
    this.#url = '';
  }

  static fromNetwork(answer) {
    const response = new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
    response.#url = answer.url;
    return response;
  }

  get ok() {
    return this.#status >= 200 && this.#status <= 299;
  }

  get status() {
    return this.#status;
  }

  get statusText() {
    return this.#statusText;
  }

  get headers() {
    return this.#headers;
  }

  get url() {
    return this.#url;
  }

  get redirected() {
    return false;
  }

  get type() {
    return this.#url === '' ? 'default' : 'basic';
  }

  get bodyUsed() {
    return this.#bodyUsed;
  }

  text() {
    return this.#consume((text) => text);
  }

  json() {
    return this.#consume((text) => JSON.parse(text));
  }

  // Body mixin's consume body: a body already received, read with undici's ticks.
  #consume(convert) {
    if (this.#bodyUsed) {
      return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    }
    this.#bodyUsed = true;
    const text = this.#body;
    return new Promise((resolve, reject) => {
      Promise.resolve().then(() => {
        nextTick(() => {
          let p = Promise.resolve();
          for (let i = 0; i < 6; i++) p = p.then(() => {});
          p.then(() => {
            try {
              resolve(convert(text));
            } catch (err) {
              reject(err);
            }
          });
        });
      });
    });
  }

  get [Symbol.toStringTag]() {
    return 'Response';
  }
}

const CAUSE_FRAMES = {
  getaddrinfo: 'GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:122:26)',
  connect: 'TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)',
};

// undici's `TypeError: fetch failed`, its cause the network error as node's dns or net reports it.
function fetchFailed(info) {
  const cause = new Error(info.message);
  for (const key of ['errno', 'code', 'syscall', 'hostname', 'address', 'port']) {
    if (info[key] !== undefined) cause[key] = info[key];
  }
  Object.defineProperty(cause, 'stack', {
    value: `Error: ${info.message}\n    at ${CAUSE_FRAMES[info.syscall]}`, writable: true, configurable: true, enumerable: false,
  });
  const err = new TypeError('fetch failed', { cause });
  Object.defineProperty(err, 'stack', {
    value: 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13'
      + '\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
    writable: true, configurable: true, enumerable: false,
  });
  io.internalSite(err, 'node:internal/deps/undici/undici', 14976, 13, '      Error.captureStackTrace(err);');
  return err;
}

function fetch(input, init = {}) {
  return new Promise((resolve, reject) => {
    const url = typeof input === 'object' && input !== null && 'url' in input ? String(input.url) : String(input);
    if (!/^https?:\/\/[^/]/.test(url)) {
      throw new TypeError('Failed to parse URL from ' + url);
    }
    const method = String((init && init.method) || 'GET').toUpperCase();
    io.fetch(method, url, (err, answer) => (err ? reject(fetchFailed(err)) : resolve(Response.fromNetwork(answer))));
  });
}

module.exports = { fetch, Headers, Response };
