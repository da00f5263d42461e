// A module that assigns to `exports.x` is seen through require with those properties.
const math = require('./lib/math.js');
console.log(Object.keys(math), math.add(2, 3));
math.later('later value', 5, (v) => console.log('callback got', v));
