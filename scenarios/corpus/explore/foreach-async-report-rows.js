/*---
description: forEach(async …) does not wait. The report asks for its header (15 ms) and the list of open orders at once, then asks each order's shipping status inside forEach(async …) and reads the rows as soon as the header arrives. The rows are complete only if the list and the slowest shipping status together take less than 15 ms.
seed: 3
routes:
  - url: https://shop.example.com/orders?status=open
    body: [{ id: 7 }, { id: 8 }]
    latency: uniform(1, 10)
  - url: https://shop.example.com/shipping/*
    body: { state: shipped }
    latency: uniform(1, 10)
  - url: https://shop.example.com/report-header
    body: { title: Open orders }
    latency: fixed(15)
---*/
const assert = require('assert');

async function getJson(path) {
  const response = await fetch(`https://shop.example.com/${path}`);
  return response.json();
}

async function loadReport() {
  const header = getJson('report-header');
  const orders = await getJson('orders?status=open');
  const rows = [];
  orders.forEach(async (order) => {
    const shipping = await getJson(`shipping/${order.id}`);
    rows.push(`order ${order.id}: ${shipping.state}`);
  });
  const { title } = await header; // nothing waited for the rows
  return [title, ...rows];
}

loadReport().then((report) => {
  console.log(report.join('\n'));
  assert.equal(report.length, 3, 'the report is missing a row');
});
