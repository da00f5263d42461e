/*---
description: A POST with a JSON body is answered by the POST route (201 Created) and the following GET by the GET route of the same URL.
routes:
  - url: https://api.example.com/todos
    method: POST
    status: 201
    body: { id: 3, title: write scenarios }
    latency: fixed(70)
  - url: https://api.example.com/todos
    method: GET
    body: [{ id: 1 }, { id: 2 }, { id: 3 }]
    latency: fixed(30)
expect:
  timings:
    - line: 201 Created id 3
      at: 70
    - line: 3 todos
      at: 100
---*/
async function main() {
  const created = await fetch('https://api.example.com/todos', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'write scenarios' }),
  });
  const todo = await created.json();
  console.log(created.status, created.statusText, 'id', todo.id);
  const list = await fetch('https://api.example.com/todos');
  console.log((await list.json()).length, 'todos');
}

main();
