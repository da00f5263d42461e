/**
 * Node's event loop in virtual time: the nextTick and microtask queues and their drain, timer lists,
 * immediates, and the phases of one loop iteration, as {@code shared/node-reference/REPORT.md} §A lays
 * them out.
 */
package dev.loopsim.loop;
