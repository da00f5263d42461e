// A syntax error in a required file is a catchable SyntaxError; uncaught, it ends the process.
try {
  require('./lib/modules-syntax-error');
} catch (err) {
  console.log(err.name, err.message, err instanceof SyntaxError);
}
console.log('now uncaught');
require('./lib/modules-syntax-error');
console.log('not reached');
