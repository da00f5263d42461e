// A module that throws while loading is not cached: requiring it again evaluates it again.
for (let i = 1; i <= 2; i++) {
  try {
    require('./lib/throws-on-load.js');
  } catch (e) {
    console.log('attempt', i, 'caught:', e.message);
  }
}
