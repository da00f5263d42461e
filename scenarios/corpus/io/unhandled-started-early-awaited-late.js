/*---
description: Starting two requests and awaiting the slow one first leaves the fast one's failure unhandled while the function waits, so the process crashes at 20 ms and the try/catch never sees it.
routes:
  - url: https://api.example.com/profile
    body: { name: Ada }
    latency: fixed(100)
  - url: https://api.example.com/avatar
    latency: fixed(20)
    fail: fail(1)
expect:
  timings:
    - line: exit code 1
      at: 20
---*/
process.on('exit', (code) => console.log('exit code', code));

async function loadProfilePage() {
  const profilePromise = fetch('https://api.example.com/profile');
  const avatarPromise = fetch('https://api.example.com/avatar');
  try {
    const profile = await profilePromise;
    const avatar = await avatarPromise;
    console.log('page ready', profile.status, avatar.status);
  } catch (error) {
    console.log('never printed, the crash comes first:', error.message);
  }
}

loadProfilePage();
