/*---
description: Requests that need the previous answer (user, then the user's latest order, then its items) cannot overlap, so each one starts when the previous one answered.
routes:
  - url: https://api.example.com/users/me
    body: { id: 17, name: Ada }
    latency: fixed(50)
  - url: https://api.example.com/users/17/orders
    body: [{ id: 901 }, { id: 900 }]
    latency: fixed(70)
  - url: https://api.example.com/orders/901/items
    body: [{ sku: pen }, { sku: ink }]
    latency: fixed(30)
expect:
  timings:
    - line: user 17
      at: 50
    - line: latest order 901
      at: 120
    - line: 'items: pen, ink'
      at: 150
---*/
async function getJson(path) {
  const response = await fetch(`https://api.example.com/${path}`);
  return response.json();
}

async function latestOrderItems() {
  const user = await getJson('users/me');
  console.log('user', user.id);
  const orders = await getJson(`users/${user.id}/orders`);
  console.log('latest order', orders[0].id);
  const items = await getJson(`orders/${orders[0].id}/items`);
  console.log('items:', items.map((item) => item.sku).join(', '));
}

latestOrderItems();
