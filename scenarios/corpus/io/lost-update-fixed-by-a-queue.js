/*---
description: The same withdrawals chained through a promise queue run one after the other, so nothing is lost, and the second one finishes at 40 + 60 = 100 ms instead of 60.
routes:
  - url: https://api.example.com/fraud-check?amount=30
    body: { approved: true }
    latency: fixed(40)
  - url: https://api.example.com/fraud-check?amount=50
    body: { approved: true }
    latency: fixed(60)
expect:
  timings:
    - line: 'A: withdrew 30, balance now 70'
      at: 40
    - line: 'B: withdrew 50, balance now 20'
      at: 100
    - line: final balance 20
      at: 100
---*/
let balance = 100;
let queue = Promise.resolve();

function serialized(task) {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
}

async function withdraw(label, amount) {
  const current = balance;
  const response = await fetch(`https://api.example.com/fraud-check?amount=${amount}`);
  const check = await response.json();
  if (!check.approved) return;
  balance = current - amount;
  console.log(`${label}: withdrew ${amount}, balance now ${balance}`);
}

Promise.all([
  serialized(() => withdraw('A', 30)),
  serialized(() => withdraw('B', 50)),
]).then(() => console.log(`final balance ${balance}`));
