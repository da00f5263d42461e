/*---
description: An async generator follows the API's next-page links and for await consumes the orders page by page, each page arriving after its own request.
routes:
  - url: https://api.example.com/orders?page=1
    body: { orders: [101, 102], next: 2 }
    latency: fixed(40)
  - url: https://api.example.com/orders?page=2
    body: { orders: [103], next: 3 }
    latency: fixed(30)
  - url: https://api.example.com/orders?page=3
    body: { orders: [104, 105], next: null }
    latency: fixed(60)
expect:
  timings:
    - line: order 101
      at: 40
    - line: order 103
      at: 70
    - line: order 105
      at: 130
    - line: 5 orders
      at: 130
---*/
async function* allOrders() {
  let page = 1;
  while (page) {
    const response = await fetch(`https://api.example.com/orders?page=${page}`);
    const body = await response.json();
    yield* body.orders;
    page = body.next;
  }
}

async function main() {
  let count = 0;
  for await (const order of allOrders()) {
    console.log('order', order);
    count++;
  }
  console.log(count, 'orders');
}

main();
