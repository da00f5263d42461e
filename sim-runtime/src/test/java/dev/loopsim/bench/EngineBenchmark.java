package dev.loopsim.bench;

import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.vm.Engine;
import dev.loopsim.js.vm.FunctionTemplate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Engine speed on the workloads of issue 3: CPU-bound recursion (fib(25)), a 1,000,000-step promise
 * chain drained by the minimal host, and a loop of Number operators. Scripts are compiled once; each operation is one run.
 * bench/engine times the same scripts in node and node --jitless for the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {
    /** The scripts, shared with bench/engine-node.js so both sides run the same code. */
    public static final String FIB = "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } return fib(25);";

    public static final String PROMISE_CHAIN =
            "let p = Promise.resolve(0); for (let i = 0; i < 1000000; i++) p = p.then((v) => v + 1);"
                    + " const out = []; p.then((v) => out.push(v)); return out;";

    /** Every Number operator the interpreter has a fast path for, a million times. */
    public static final String ARITHMETIC = "let s = 0; for (let i = 0; i < 1000000; i++) {"
            + " s = ((s + i * 3 - (i % 7)) / 2) | 0; s = (s ^ (i << 1)) & 0xffffff; s = s >> 1;"
            + " if (-s > s) s = ~s; } return s;";

    private Engine engine;
    private FunctionTemplate fib;
    private FunctionTemplate chain;
    private FunctionTemplate arithmetic;

    @Setup
    public void setUp() {
        engine = new Engine();
        fib = Engine.compile(Parser.parseScript(new Source("fib.js", FIB)));
        chain = Engine.compile(Parser.parseScript(new Source("chain.js", PROMISE_CHAIN)));
        arithmetic = Engine.compile(Parser.parseScript(new Source("arithmetic.js", ARITHMETIC)));
    }

    @Benchmark
    public Object fib25() {
        return engine.realm().interpreter().runScript(fib, engine.realm().newObject(), new Object[0]);
    }

    @Benchmark
    public Object numberArithmetic() {
        return engine.realm().interpreter().runScript(arithmetic, engine.realm().newObject(), new Object[0]);
    }

    @Benchmark
    public Object promiseChainOfAMillion() {
        Object out =
                engine.realm().interpreter().runScript(chain, engine.realm().newObject(), new Object[0]);
        engine.realm().runJobs();
        return out;
    }
}
