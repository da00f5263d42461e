package dev.loopsim.properties.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * A focused generated program: one {@code Promise.all}, {@code allSettled}, {@code race} or {@code any}
 * over inputs whose settlement is known from the draws alone — a plain value, an already settled promise,
 * a promise settled by a timer, a fetch with a fixed latency — printing how and when it settled. The
 * expected outcome is computed from these parameters, not from a run.
 */
public record CombinatorProgram(String combinator, List<Input> inputs, String text) {

    public static final List<String> COMBINATORS = List.of("all", "allSettled", "race", "any");

    /** Timer delays (0 means 1) and fetch latencies never meet in one millisecond. */
    static final List<Integer> DELAYS = List.of(0, 1, 2, 5, 10);

    static final List<Integer> LATENCIES = List.of(3, 7, 12);

    /** How an input settles. */
    public enum Source {
        PLAIN,
        SETTLED,
        TIMER,
        FETCH
    }

    /** One input: how it settles, whether it fulfils, at which virtual ms, and its value or reason. */
    public record Input(Source source, boolean fulfils, int ms, String value, int delay) {}

    public CombinatorProgram {
        inputs = List.copyOf(inputs);
    }

    /** A program for {@code combinator} with zero to five inputs. */
    public static CombinatorProgram generate(String combinator, Draws draws) {
        List<Input> inputs = new ArrayList<>();
        while (inputs.size() < 5 && draws.below(4) != 0) {
            int i = inputs.size();
            Source source = Source.values()[draws.below(Source.values().length)];
            boolean fulfils = source == Source.PLAIN || source == Source.FETCH || draws.below(2) == 0;
            int delay = source == Source.TIMER ? DELAYS.get(draws.below(DELAYS.size())) : 0;
            int ms =
                    switch (source) {
                        case PLAIN, SETTLED -> 0;
                        case TIMER -> Math.max(1, delay);
                        case FETCH -> LATENCIES.get(draws.below(LATENCIES.size()));
                    };
            inputs.add(new Input(source, fulfils, ms, (fulfils ? "v" : "e") + i, delay));
        }
        return new CombinatorProgram(combinator, inputs, text(combinator, inputs));
    }

    private static String text(String combinator, List<Input> inputs) {
        StringBuilder front = new StringBuilder();
        StringBuilder b = new StringBuilder("const inputs = [\n");
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            String settle = in.fulfils() ? "res('" + in.value() + "')" : "rej(new Error('" + in.value() + "'))";
            b.append("  ")
                    .append(
                            switch (in.source()) {
                                case PLAIN -> "'" + in.value() + "'";
                                case SETTLED ->
                                    in.fulfils()
                                            ? "Promise.resolve('" + in.value() + "')"
                                            : "Promise.reject(new Error('" + in.value() + "'))";
                                case TIMER ->
                                    "new Promise((res, rej) => setTimeout(() => " + settle + ", " + in.delay() + "))";
                                case FETCH -> {
                                    front.append("  - url: https://api.test/i")
                                            .append(i)
                                            .append('\n');
                                    front.append("    body: ")
                                            .append(in.value())
                                            .append('\n');
                                    front.append("    latency: fixed(")
                                            .append(in.ms())
                                            .append(")\n");
                                    yield "fetch('https://api.test/i" + i + "').then((r) => r.text())";
                                }
                            })
                    .append(",\n");
        }
        b.append("];\n");
        b.append("Promise.").append(combinator).append("(inputs).then(\n");
        b.append(
                combinator.equals("allSettled")
                        ? "  (v) => console.log('fulfilled', v.map((s) => s.status + ':' + (s.status === 'fulfilled' ? s.value : s.reason.message)).join(',')),\n"
                        : "  (v) => console.log('fulfilled', Array.isArray(v) ? v.join(',') : v),\n");
        b.append(
                "  (e) => console.log('rejected', e.constructor.name, e.errors ? e.errors.map((x) => x.message).join(',') : e.message));\n");
        return (front.isEmpty() ? "" : "/*---\nroutes:\n" + front + "---*/\n") + b;
    }
}
