/**
 * Fake I/O's setup: latency models, failure injection, the routes {@code fetch} answers from and the
 * files the fake filesystem holds, as a scenario's front-matter or {@code --latency} describe them.
 */
package dev.loopsim.io;
