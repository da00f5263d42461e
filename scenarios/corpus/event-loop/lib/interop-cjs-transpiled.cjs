"use strict";
// What a transpiler makes of `export default 'dflt'; export const named = 'named'; export * from './leaf'`.
Object.defineProperty(exports, "__esModule", { value: true });
exports.named = exports.default = void 0;
var _leaf = require("./interop-cjs-reexport-leaf.cjs");
Object.keys(_leaf).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  exports[key] = _leaf[key];
});
exports.default = 'dflt';
exports.named = 'named';
const state = { count: 0 };
Object.defineProperty(exports, 'count', { enumerable: true, get: function () { return state.count; } });
Object.defineProperty(exports, 'next', { enumerable: true, get() { return state.count + 1; } });
