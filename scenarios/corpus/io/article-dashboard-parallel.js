/*---
description: loadDashboard with Promise.all starts every request at once, so it takes the slowest latency.
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
    - line: dashboard loaded for Ada with 2 orders and 1 notifications
      at: 200
---*/
async function getJson(path) {
  const response = await fetch(`https://api.example.com/${path}`);
  return response.json();
}

async function loadDashboard() {
  const [user, orders, notifications] = await Promise.all([
    getJson('user'),
    getJson('orders'),
    getJson('notifications'),
  ]);
  console.log(`dashboard loaded for ${user.name} with ${orders.length} orders and ${notifications.length} notifications`);
}

loadDashboard();
