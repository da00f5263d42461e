// A fetch nobody answers (no route; under node, a host that does not resolve) rejects with
// TypeError: fetch failed, its cause node's getaddrinfo ENOTFOUND error.
fetch('https://api.example.invalid/user/1').then(
  (res) => console.log('answered', res.status),
  (err) => {
    console.log(err.name, err.message, err instanceof TypeError);
    console.log(err.cause.message, err.cause.code, err.cause.errno, err.cause.syscall, err.cause.hostname);
  },
);
console.log(typeof fetch, typeof Response, typeof Headers, new Headers({ 'Content-Type': 'text/plain' }).get('content-type'));
