function greet(name) { return 'hello ' + name; }
export { greet as 'module.exports' };
export const ignored = true;
