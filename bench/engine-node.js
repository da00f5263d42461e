// The engine workloads of EngineBenchmark, timed in-process in node (run it with and without
// --jitless). Prints "name ms/op" after a warm-up; the scripts are the same text loopsim runs.
const FIB = "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } return fib(25);";
const CHAIN = "let p = Promise.resolve(0); for (let i = 0; i < 1000000; i++) p = p.then((v) => v + 1);"
  + " const out = []; p.then((v) => out.push(v)); return out;";
const ARITHMETIC = "let s = 0; for (let i = 0; i < 1000000; i++) {"
  + " s = ((s + i * 3 - (i % 7)) / 2) | 0; s = (s ^ (i << 1)) & 0xffffff; s = s >> 1;"
  + " if (-s > s) s = ~s; } return s;";

async function time(name, code, runs, drain) {
  const fn = new Function(code);
  const once = async () => { const r = fn(); if (drain) await new Promise((resolve) => setImmediate(resolve)); return r; };
  for (let i = 0; i < Math.max(1, runs / 2); i++) await once(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) await once();
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  console.log(`${name} ${ms.toFixed(3)}`);
}

(async () => {
  await time("fib25", FIB, Number(process.env.FIB_RUNS || 20), false);
  await time("numberArithmetic", ARITHMETIC, Number(process.env.ARITHMETIC_RUNS || 20), false);
  await time("promiseChainOfAMillion", CHAIN, Number(process.env.CHAIN_RUNS || 4), true);
})();
