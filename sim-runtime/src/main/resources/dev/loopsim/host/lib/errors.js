'use strict';
// node:internal/errors — Node's coded errors: `Name [CODE]: message` in the stack, an enumerable code, and
// the stack starting at the caller of the built-in that failed, as Node's hideStackFrames does.

// NodeError: an instance of Base whose stack names the code and leaves out loopsim's own frames.
function nodeError(Base, code, message, name, stackStartFn) {
  const err = new Base(message);
  if (name !== undefined) {
    Object.defineProperty(err, 'name', { value: name, writable: true, configurable: true, enumerable: false });
  }
  err.code = code;
  Object.defineProperty(err, 'stack', {
    value: `${err.name} [${code}]: ${message}` + internalBinding.stackAbove(stackStartFn || nodeError),
    writable: true,
    configurable: true,
    enumerable: false,
  });
  return err;
}

module.exports = { nodeError };
