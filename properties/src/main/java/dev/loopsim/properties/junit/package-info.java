/**
 * Properties in JUnit 5 tests: explore a script from a test, fail it once with the shrunk counterexample
 * and its replay line, and keep failing sequences in a failure store that later runs replay first.
 */
package dev.loopsim.properties.junit;
