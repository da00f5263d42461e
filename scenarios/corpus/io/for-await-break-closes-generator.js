/*---
description: Breaking out of for await as soon as the wanted user is found runs the generator's finally block and never requests the third page.
routes:
  - url: https://api.example.com/users?page=1
    body: { users: [Ada, Alan], next: 2 }
    latency: fixed(30)
  - url: https://api.example.com/users?page=2
    body: { users: [Grace, Linus], next: 3 }
    latency: fixed(30)
  - url: https://api.example.com/users?page=3
    body: { users: [Barbara], next: null }
    latency: fixed(30)
expect:
  timings:
    - line: found Grace on page 2
      at: 60
    - line: pages fetched 2
      at: 60
---*/
let pagesFetched = 0;

async function* users() {
  let page = 1;
  try {
    while (page) {
      const response = await fetch(`https://api.example.com/users?page=${page}`);
      const body = await response.json();
      pagesFetched++;
      for (const user of body.users) yield { user, page };
      page = body.next;
    }
  } finally {
    console.log('generator closed');
  }
}

async function main() {
  for await (const { user, page } of users()) {
    if (user === 'Grace') {
      console.log(`found ${user} on page ${page}`);
      break;
    }
  }
  console.log('pages fetched', pagesFetched);
}

main();
