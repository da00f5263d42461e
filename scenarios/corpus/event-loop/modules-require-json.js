// A .json file is parsed into the exports, once.
const data = require('./lib/modules-data.json');
console.log(data);
data.name = 'changed';
console.log(require('./lib/modules-data').name);
