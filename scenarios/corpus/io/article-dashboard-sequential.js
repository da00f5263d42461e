/*---
description: loadDashboard awaits each independent request in turn, so it takes the sum of the latencies.
routes:
  - url: https://api.example.com/user
    body: { name: Ada }
    latency: fixed(100)
  - url: https://api.example.com/orders
    body: [{ id: 7 }, { id: 8 }]
    latency: fixed(200)
  - url: https://api.example.com/notifications
    body: [{ text: hi }]
    latency: fixed(50)
expect:
  timings:
    - line: got user
      at: 100
    - line: got orders
      at: 300
    - line: dashboard loaded for Ada with 2 orders and 1 notifications
      at: 350
---*/
async function getJson(path) {
  const response = await fetch(`https://api.example.com/${path}`);
  return response.json();
}

async function loadDashboard() {
  const user = await getJson('user');
  console.log('got user');
  const orders = await getJson('orders');
  console.log('got orders');
  const notifications = await getJson('notifications');
  console.log(`dashboard loaded for ${user.name} with ${orders.length} orders and ${notifications.length} notifications`);
}

loadDashboard();
