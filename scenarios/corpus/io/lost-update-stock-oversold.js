/*---
description: Check-then-act across an await, where two buyers both see the last item in stock, both pay, and the shop sells two of one.
routes:
  - url: https://api.example.com/payments/alice
    status: 201
    latency: fixed(30)
  - url: https://api.example.com/payments/bob
    status: 201
    latency: fixed(45)
expect:
  timings:
    - line: alice bought the lamp
      at: 30
    - line: bob bought the lamp
      at: 45
    - line: stock -1 after selling 2
      at: 45
---*/
let stock = 1;
let sold = 0;

async function buy(buyer) {
  if (stock < 1) {
    console.log(`${buyer}: sold out`);
    return;
  }
  const payment = await fetch(`https://api.example.com/payments/${buyer}`, { method: 'POST' });
  if (payment.status !== 201) return;
  stock--;
  sold++;
  console.log(`${buyer} bought the lamp`);
}

Promise.all([buy('alice'), buy('bob')]).then(() => console.log(`stock ${stock} after selling ${sold}`));
