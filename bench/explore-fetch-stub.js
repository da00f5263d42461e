// Preloaded by bench/explore-throughput (node --require) so that node runs the dashboard scenario
// itself, one schedule per process: a global fetch that answers the scenario's three routes with their
// bodies after a latency drawn per request. LATENCY=MIN-MAX draws uniformly in [MIN, MAX] ms (the
// scenario's own range is 50-140), LATENCY=N waits N ms every time; SEED seeds the draws.
'use strict';

const bodies = {
  'https://api.example.com/user': { name: 'Ada' },
  'https://api.example.com/orders': [{ id: 7 }, { id: 8 }],
  'https://api.example.com/notifications': [{ text: 'hi' }],
};

const [min, max = min] = (process.env.LATENCY ?? '50-140').split('-').map(Number);
let state = (Number(process.env.SEED ?? 0) + 1) * 0x9e3779b9;

function nextLatency() {
  // xorshift32: reproducible draws without touching Math.random.
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return min + ((state >>> 0) % (max - min + 1));
}

globalThis.fetch = (url) =>
  new Promise((resolve, reject) => {
    const body = bodies[String(url)];
    const latency = nextLatency();
    setTimeout(() => {
      if (body === undefined) reject(new TypeError('fetch failed'));
      else resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
    }, latency);
  });
