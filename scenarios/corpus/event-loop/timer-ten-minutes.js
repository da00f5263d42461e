// Long virtual delays: a 10-minute timer fires last, after 1 s, 1 min and a 2-minute interval; the clock really advanced.
const start = Date.now();
const minutes = () => Math.floor((Date.now() - start + 1) / 60000);
setTimeout(() => console.log('10 min timer at minute', minutes()), 10 * 60 * 1000);
setTimeout(() => console.log('1 min timer at minute', minutes()), 60 * 1000);
setTimeout(() => console.log('1 s timer, elapsed >= 999 ms:', Date.now() - start >= 999), 1000);
let ticks = 0;
const iv = setInterval(() => {
  ticks++;
  console.log('interval', ticks, 'at minute', minutes());
  if (ticks === 4) clearInterval(iv);
}, 2 * 60 * 1000);
process.on('exit', () => console.log('exit after minute', minutes()));
