// Helper for require-* scripts: a module with private state, loaded once.
let count = 0;
console.log('lib/counter.js loading');
module.exports = {
  next() {
    return ++count;
  },
};
