// CPU work that blocks the event loop for `ms` milliseconds, as a slow synchronous handler does: it spins
// on Date.now() until the deadline. Under node that takes real time; under loopsim every clock read costs
// virtual time (docs/event-loop.md, the cost model), so the same loop ends after `ms` virtual milliseconds.
module.exports = function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // blocked: no timer, I/O callback or promise job runs meanwhile
  }
};
