/*---
description: Promise.any ignores the mirror that fails first and settles with the fastest healthy one; the slower mirror's request still keeps the process alive until it answers.
routes:
  - url: https://api.example.com/mirror-a/release.txt
    latency: fixed(20)
    fail: fail(1)
  - url: https://api.example.com/mirror-b/release.txt
    body: v2.4.1 from b
    latency: fixed(90)
  - url: https://api.example.com/mirror-c/release.txt
    body: v2.4.1 from c
    latency: fixed(150)
expect:
  timings:
    - line: 'downloaded: v2.4.1 from b'
      at: 90
    - line: exit
      at: 150
---*/
async function download(mirror) {
  const response = await fetch(`https://api.example.com/${mirror}/release.txt`);
  if (!response.ok) throw new Error(`${mirror} answered ${response.status}`);
  return response.text();
}

process.on('exit', () => console.log('exit'));

Promise.any(['mirror-a', 'mirror-b', 'mirror-c'].map(download)).then((text) => {
  console.log('downloaded:', text);
});
