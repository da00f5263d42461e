// setTimeout/setImmediate with a non-function callback throw a TypeError with code ERR_INVALID_ARG_TYPE.
for (const schedule of [setTimeout, setInterval, setImmediate, queueMicrotask]) {
  try {
    schedule('not a function', 1);
  } catch (e) {
    console.log(schedule.name, e.name, e.code);
  }
}
