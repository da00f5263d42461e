/*---
description: Two withdrawals each read the balance, await a fraud check and then the card charge, and only then write the balance back. The second starts 10 ms after the first, so when the first one's two requests together take longer than 10 ms both read 100 and one withdrawal is lost.
seed: 1
routes:
  - url: https://bank.example.com/fraud-check/*
    body: { approved: true }
    latency: uniform(1, 8)
  - url: https://bank.example.com/charge/*
    method: POST
    body: { charged: true }
    latency: uniform(1, 8)
---*/
const assert = require('assert');

let balance = 100;

async function withdraw(id, amount) {
  const current = balance; // read before the awaits…
  const check = await (await fetch(`https://bank.example.com/fraud-check/${id}`)).json();
  if (!check.approved) return;
  await fetch(`https://bank.example.com/charge/${id}`, { method: 'POST', body: String(amount) });
  balance = current - amount; // …and written after them
  console.log(`${id}: -${amount}, balance ${balance}`);
}

async function main() {
  const first = withdraw('w1', 30);
  await new Promise((resolve) => setTimeout(resolve, 10)); // the second click, 10 ms later
  await Promise.all([first, withdraw('w2', 50)]);
  console.log(`final balance ${balance}`);
  assert.equal(balance, 100 - 30 - 50, 'a withdrawal was lost');
}

main();
