/**
 * Exploration over choice sequences: every nondeterministic decision of a simulation is one integer drawn
 * from its choice source, so a run is a function of its sequence, and a failure shrinks by shrinking it.
 */
package dev.loopsim.properties.explore;
