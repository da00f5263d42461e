/*---
description: A progress interval ticks every 40 ms while a 130 ms upload is in flight and is cleared when the upload answers, so it ticks three times.
routes:
  - url: https://api.example.com/upload
    method: PUT
    status: 201
    latency: fixed(130)
expect:
  timings:
    - line: still uploading (1)
      at: 40
    - line: still uploading (2)
      at: 80
    - line: still uploading (3)
      at: 120
    - line: uploaded with 201 after 3 ticks
      at: 130
---*/
let ticks = 0;
const progress = setInterval(() => console.log(`still uploading (${++ticks})`), 40);

fetch('https://api.example.com/upload', { method: 'PUT', body: 'photo' }).then((response) => {
  clearInterval(progress);
  console.log(`uploaded with ${response.status} after ${ticks} ticks`);
});
