/*---
description: The article's dashboard loaded twice at once from the same three APIs, whose latencies are random (50 to 140 ms). Awaiting each request in turn takes the sum of the latencies and Promise.all only the slowest one, so the parallel load always finishes first (three latencies add up to at least 150 ms).
routes:
  - url: https://api.example.com/user
    body: { name: Ada }
    latency: uniform(50, 140)
  - url: https://api.example.com/orders
    body: [{ id: 7 }, { id: 8 }]
    latency: uniform(50, 140)
  - url: https://api.example.com/notifications
    body: [{ text: hi }]
    latency: uniform(50, 140)
---*/
const assert = require('assert');

async function getJson(path) {
  const response = await fetch(`https://api.example.com/${path}`);
  return response.json();
}

function describe(how, user, orders, notifications) {
  return `${how}: dashboard for ${user.name} with ${orders.length} orders and ${notifications.length} notifications`;
}

const finished = [];

async function loadSequential() {
  const user = await getJson('user');
  const orders = await getJson('orders');
  const notifications = await getJson('notifications');
  finished.push('sequential');
  console.log(describe('sequential', user, orders, notifications));
}

async function loadParallel() {
  const [user, orders, notifications] = await Promise.all([
    getJson('user'),
    getJson('orders'),
    getJson('notifications'),
  ]);
  finished.push('parallel');
  console.log(describe('parallel', user, orders, notifications));
}

Promise.all([loadSequential(), loadParallel()]).then(() => {
  assert.deepEqual(finished, ['parallel', 'sequential'], 'the sequential load finished first');
});
