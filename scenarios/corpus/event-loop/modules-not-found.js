// A missing file: MODULE_NOT_FOUND with the require stack in the message.
try {
  require('./lib/nope');
} catch (err) {
  console.log(err.message.split('\n')[0]);
  console.log(err.message.split('\n')[1]);
  console.log(err.code, Array.isArray(err.requireStack), err.requireStack.length, err instanceof Error);
}
try {
  require('no-such-package');
} catch (err) {
  console.log(err.code, err.message.split('\n')[0]);
}
try {
  require('node:no-such-builtin');
} catch (err) {
  console.log(err.code, err.message);
}
try {
  require('');
} catch (err) {
  console.log(err.code, err.name, err.message);
}
