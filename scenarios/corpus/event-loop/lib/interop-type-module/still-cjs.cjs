// .cjs stays CommonJS even under "type": "module".
module.exports = { kind: 'commonjs by extension' };
