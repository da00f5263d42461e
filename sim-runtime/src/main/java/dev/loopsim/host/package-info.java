/** Node's globals on top of the engine and the event loop: timers, immediates, process, console. */
package dev.loopsim.host;
