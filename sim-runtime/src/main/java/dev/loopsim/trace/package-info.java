/**
 * The trace of a simulation: every observable step as an event with a sequence number and a virtual
 * time, recorded as it happens and written as JSON Lines for tools or as a text timeline for people.
 */
package dev.loopsim.trace;
