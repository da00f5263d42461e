class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
try {
  throw new ValidationError('email', 'is invalid');
} catch (e) {
  console.log(e.name, e.field, e.message);
  console.log(e instanceof ValidationError, e instanceof Error);
  console.log(`${e}`);
}
const withCause = new Error('outer', { cause: new Error('inner') });
console.log(withCause.cause.message);
const plain = new Error('plain');
plain.stack = undefined;
console.log(plain);
console.log({ error: plain });
