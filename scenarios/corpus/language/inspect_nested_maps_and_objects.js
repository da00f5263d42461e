const config = new Map([
  ['server', { host: 'localhost', port: 8080, tls: { enabled: false } }],
  ['limits', new Map([['rps', 100], ['burst', 20]])],
]);
console.log(config);
console.log({ config });
console.log(new Set([new Set([new Set([new Set(['deep'])])])]));
