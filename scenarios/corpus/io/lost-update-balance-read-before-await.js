/*---
description: Two withdrawals read the shared balance before awaiting a fraud check and write it after, so the later write overwrites the earlier one and 30 of the 80 withdrawn are lost.
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
    - line: 'B: withdrew 50, balance now 50'
      at: 60
    - line: final balance 50, but 100 - 30 - 50 = 20
      at: 60
---*/
let balance = 100;

async function withdraw(label, amount) {
  const current = balance;
  const response = await fetch(`https://api.example.com/fraud-check?amount=${amount}`);
  const check = await response.json();
  if (!check.approved) return;
  balance = current - amount;
  console.log(`${label}: withdrew ${amount}, balance now ${balance}`);
}

Promise.all([withdraw('A', 30), withdraw('B', 50)]).then(() => {
  console.log(`final balance ${balance}, but 100 - 30 - 50 = 20`);
});
