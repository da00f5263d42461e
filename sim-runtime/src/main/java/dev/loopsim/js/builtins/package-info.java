/** The built-in objects a realm starts with, one installer class per group of ECMA-262 built-ins. */
package dev.loopsim.js.builtins;
