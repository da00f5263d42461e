/**
 * From AST to execution: the compiler to bytecode (one opcode table, {@link dev.loopsim.js.vm.Op}), function
 * templates, environments, and the interpreter whose frames live on the heap so {@code await} and
 * {@code yield} suspend by keeping the frame.
 */
package dev.loopsim.js.vm;
