// Helper for require-throwing-module.js: fails while loading, every time it is required.
console.log('lib/throws-on-load.js evaluating');
throw new Error('load failed');
