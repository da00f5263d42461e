/**
 * AssertJ assertions over what loopsim produces — a run, its trace, an exploration — whose failures say
 * what was expected, what happened, and show the stderr or the stretch of trace that matters.
 */
package dev.loopsim.properties.assertions;
