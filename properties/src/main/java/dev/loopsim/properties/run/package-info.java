/**
 * Running one script in virtual time from Java: parsed once as node parses its main file, then run as
 * often as the explorer asks, each run a pure function of its choices.
 */
package dev.loopsim.properties.run;
