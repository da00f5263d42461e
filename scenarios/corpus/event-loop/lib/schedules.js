// Helper for require-schedules-work.js: schedules a tick, a microtask and a timer while loading.
process.nextTick(() => console.log('tick from lib'));
Promise.resolve().then(() => console.log('promise from lib'));
setTimeout(() => console.log('timer from lib'), 1);
console.log('lib/schedules.js loaded');
module.exports = 'schedules';
