module.exports = function greet(name) {
  return `hello ${name}`;
};
module.exports.extra = 42;
exports.lost = 'assigning to the old exports object is invisible';
