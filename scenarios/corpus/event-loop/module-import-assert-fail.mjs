// import of 'assert': a failing assertion after a top-level await exits with code 1.
import assert from 'assert';
process.on('exit', (code) => console.log('exit', code));
assert.ok(true);
console.log('first assertion passed');
await null;
assert.strictEqual('a', 'b');
console.log('never');
