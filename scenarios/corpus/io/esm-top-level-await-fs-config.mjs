/*---
description: An ES module imports readFile from node:fs/promises and awaits its config at top level before it starts a request that depends on it.
files:
  app.config.json:
    content: '{"api": "https://api.example.com/v2", "user": 7}'
    latency: fixed(12)
routes:
  - url: https://api.example.com/v2/users/7
    body: { name: Ada }
    latency: fixed(30)
expect:
  timings:
    - line: 'config: user 7'
      at: 12
    - line: 'hello Ada'
      at: 42
---*/
import { readFile } from 'node:fs/promises';

const config = JSON.parse(await readFile(`${import.meta.dirname}/app.config.json`, 'utf8'));
console.log('config: user', config.user);

const response = await fetch(`${config.api}/users/${config.user}`);
const user = await response.json();
console.log('hello', user.name);
