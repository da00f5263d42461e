// Timers and immediates created by each other alternate timers -> check -> timers -> check.
let steps = 0;
function viaTimer() {
  console.log('timer step', ++steps);
  if (steps < 6) setImmediate(viaImmediate);
}
function viaImmediate() {
  console.log('immediate step', ++steps);
  setTimeout(viaTimer, 1);
}
setTimeout(viaTimer, 1);
