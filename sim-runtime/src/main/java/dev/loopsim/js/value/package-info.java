/**
 * JavaScript values as the VM holds them: {@code Double}, {@code String}, {@code Boolean},
 * {@link dev.loopsim.js.value.Undefined}, {@link dev.loopsim.js.value.JsNull}, {@link dev.loopsim.js.value.JsSymbol}
 * and {@link dev.loopsim.js.value.JsObject} with its subclasses.
 */
package dev.loopsim.js.value;
