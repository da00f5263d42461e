package dev.loopsim.properties.gen;

import static dev.loopsim.properties.gen.Js.*;

import dev.loopsim.js.syntax.Node.Expression;
import dev.loopsim.js.syntax.Node.Statement;
import dev.loopsim.js.syntax.Printer;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates random async programs as ASTs and prints them: timers, immediates, nextTicks,
 * {@code queueMicrotask}, promise chains that fulfil and reject through {@code then/catch/finally},
 * thenables, async functions with {@code await} and {@code try/catch}, {@code Promise.all/allSettled/
 * race/any}, fake I/O ({@code fetch} and {@code fs.promises.readFile} of front-matter routes and files),
 * nested in each other's callbacks. Every step prints a unique label ({@code t1}, {@code t2}, …). Each
 * decision is one draw, 0 the simplest answer, so smaller draws make a smaller program and the empty
 * sequence the empty program.
 */
public final class ProgramGenerator {

    /**
     * What a generator may use.
     *
     * @param fakeIo whether programs use fetch and fs (front-matter routes and files), which plain node lacks
     * @param nodeDeterministic whether programs must print the same under real node every time: no two
     *     timers due within {@code gap} ms of each other (whatever their delays), no timer racing an
     *     immediate, {@code setTimeout(…, 0)} only from the timers phase
     * @param delays the timer delays to choose from, simplest first
     * @param gap the least distance in ms between dues of timers of different delays (node-deterministic only)
     * @param maxLabels how many labelled steps a program has at most
     * @param maxDepth how deep callbacks nest
     */
    public record Profile(
            String name,
            boolean fakeIo,
            boolean nodeDeterministic,
            List<Integer> delays,
            int gap,
            int maxLabels,
            int maxDepth) {

        public Profile {
            delays = List.copyOf(delays);
        }

        /** Everything, for loopsim alone: fake I/O, close and equal delays, races Node leaves to chance. */
        public static Profile everything() {
            return new Profile("loopsim", true, false, List.of(0, 1, 2, 5, 10), 0, 30, 3);
        }

        /** Without fake I/O: still close delays and races, so choice points are met. */
        public static Profile withoutIo() {
            return new Profile("without-io", false, false, List.of(0, 1, 2, 5, 10), 0, 30, 3);
        }

        /** Programs node runs with one outcome only: no fake I/O, timers due 20 ms apart. */
        public static Profile forNode() {
            return new Profile("node", false, true, List.of(0, 20, 40, 60), 20, 24, 3);
        }
    }

    private final Profile profile;

    public ProgramGenerator(Profile profile) {
        this.profile = profile;
    }

    public Profile profile() {
        return profile;
    }

    /** A program from {@code draws}; the answers it took are in {@link GeneratedProgram#draws()}. */
    public GeneratedProgram generate(Draws draws) {
        Draws.Recording recording = Draws.recording(draws);
        return new Generation(profile, recording).program(recording);
    }

    // ---- one generation ----------------------------------------------------------------------------

    /** The macrotask phase whose drain some code runs in. */
    enum Phase {
        MAIN,
        TIMER,
        IMMEDIATE,
        IO
    }

    /**
     * Where generated code runs: its phase, its (estimated) virtual time in ms and whether that estimate is
     * exact, the label whose drain it is bound to (or null), its segment, nesting depth, and whether it
     * may {@code await}.
     */
    record Ctx(Phase phase, int time, boolean exact, String anchor, int segment, int depth, boolean inAsync) {
        Ctx at(int newSegment) {
            return new Ctx(phase, time, exact, anchor, newSegment, depth, inAsync);
        }

        Ctx deeper() {
            return new Ctx(phase, time, exact, anchor, segment, depth + 1, inAsync);
        }

        Ctx async(boolean async) {
            return new Ctx(phase, time, exact, anchor, segment, depth, async);
        }
    }

    /**
     * What awaiting or chaining on a value leads to: the settlement's drain (anchor, phase, time) and
     * whether the value is settled already, so a reaction to it is queued at once.
     */
    record Settle(String anchor, Phase phase, int time, boolean exact, boolean settledNow) {
        static Settle now(Ctx ctx) {
            return new Settle(ctx.anchor(), ctx.phase(), ctx.time(), ctx.exact(), true);
        }

        Settle later() {
            return new Settle(anchor, phase, time, exact, false);
        }

        Ctx continueIn(Ctx from, int segment) {
            return new Ctx(phase, time, exact, anchor, segment, from.depth(), from.inAsync());
        }
    }

    /** A value to await or chain on: its expression and where it settles. */
    record Value(Expression expression, Settle settle) {}

    private record Timer(int due, int delay) {}

    private static final class Generation {
        private final Profile profile;
        private final Draws draws;
        private final List<Step> steps = new ArrayList<>();
        private final List<Step.Segment> segments = new ArrayList<>();
        private final List<Timer> timers = new ArrayList<>();
        private final List<Integer> racingImmediates = new ArrayList<>();
        private final List<String> routes = new ArrayList<>();
        private final List<String> files = new ArrayList<>();
        private boolean usesFs;
        private int labels;
        private int values;

        Generation(Profile profile, Draws draws) {
            this.profile = profile;
            this.draws = draws;
        }

        GeneratedProgram program(Draws.Recording recording) {
            int main = segment(false);
            Ctx ctx = new Ctx(Phase.MAIN, 0, true, Step.MAIN, main, 0, false);
            List<Statement> body = new ArrayList<>();
            statements(ctx, body);
            if (usesFs) {
                body.addFirst(constant("fs", call(id("require"), str("fs"))));
            }
            var ast = Js.program(body);
            String frontMatter = frontMatter();
            String text = frontMatter + Printer.print(ast);
            return new GeneratedProgram(ast, frontMatter, text, steps, segments, recording.sequence());
        }

        // ---- decisions

        /** Whether to add another statement: likelier at the top level, so programs have several macrotasks. */
        private boolean more(Ctx ctx) {
            return labels < profile.maxLabels() && draws.below(ctx.depth() == 0 ? 8 : 3) != 0;
        }

        private String label() {
            return "t" + ++labels;
        }

        private String valueName(String prefix) {
            return prefix + ++values;
        }

        private int segment(boolean inMicrotask) {
            int id = segments.size() + 1;
            segments.add(new Step.Segment(id, inMicrotask));
            return id;
        }

        private void step(String label, Step.Kind kind, String anchor, int segment, int queuedIn) {
            steps.add(new Step(label, kind, anchor, segment, queuedIn));
        }

        // ---- statements

        /** Statements until the draws say stop; returns where the code continues (after its awaits). */
        private Ctx statements(Ctx ctx, List<Statement> out) {
            Ctx cursor = ctx;
            while (more(cursor)) {
                cursor = statement(cursor, out);
            }
            return cursor;
        }

        private enum Kind {
            LOG,
            NEXT_TICK,
            QUEUE_MICROTASK,
            TIMEOUT,
            IMMEDIATE,
            CHAIN,
            AWAIT,
            TRY_AWAIT
        }

        private Ctx statement(Ctx ctx, List<Statement> out) {
            List<Kind> kinds = new ArrayList<>(List.of(Kind.LOG));
            if (ctx.depth() < profile.maxDepth()) {
                kinds.addAll(List.of(Kind.NEXT_TICK, Kind.QUEUE_MICROTASK, Kind.TIMEOUT, Kind.IMMEDIATE, Kind.CHAIN));
                if (ctx.inAsync()) {
                    kinds.addAll(List.of(Kind.AWAIT, Kind.TRY_AWAIT));
                }
            }
            Kind kind = kinds.get(draws.below(kinds.size()));
            switch (kind) {
                case LOG -> {
                    String label = label();
                    step(label, Step.Kind.SYNC, ctx.anchor(), ctx.segment(), -1);
                    out.add(log(str(label)));
                }
                case NEXT_TICK -> out.add(stmt(call(path("process.nextTick"), queued(ctx, Step.Kind.TICK))));
                case QUEUE_MICROTASK ->
                    out.add(stmt(call(id("queueMicrotask"), queued(ctx, Step.Kind.QUEUE_MICROTASK))));
                case TIMEOUT -> {
                    Expression timeout = timeout(ctx, List.of(), null);
                    out.add(timeout == null ? plainLog(ctx) : stmt(timeout));
                }
                case IMMEDIATE -> {
                    Expression immediate = immediate(ctx, List.of(), null);
                    out.add(immediate == null ? plainLog(ctx) : stmt(immediate));
                }
                case CHAIN -> out.add(stmt(chain(ctx)));
                case AWAIT -> {
                    return awaitStatement(ctx, out, false);
                }
                case TRY_AWAIT -> {
                    return awaitStatement(ctx, out, true);
                }
            }
            return ctx;
        }

        private Statement plainLog(Ctx ctx) {
            String label = label();
            step(label, Step.Kind.SYNC, ctx.anchor(), ctx.segment(), -1);
            return log(str(label));
        }

        /** A nextTick or queueMicrotask callback: bound to the drain it is queued in. */
        private Expression queued(Ctx ctx, Step.Kind kind) {
            String label = label();
            int segment = segment(kind == Step.Kind.QUEUE_MICROTASK);
            step(label, kind, ctx.anchor(), segment, ctx.segment());
            List<Statement> body = new ArrayList<>();
            body.add(log(str(label)));
            statements(ctx.at(segment).deeper().async(false), body);
            return arrow(List.of(), body, false);
        }

        /**
         * {@code setTimeout(() => { log; …; tail }, delay)}, or null when no delay keeps a node-deterministic
         * program deterministic. The callback's context is handed to {@code tail} builders through {@code
         * settle}, which receives where the callback runs.
         */
        private Expression timeout(Ctx ctx, List<Statement> tail, Settle[] settle) {
            Integer delay = delay(ctx);
            if (delay == null) {
                return null;
            }
            String label = label();
            int segment = segment(false);
            int due = ctx.time() + Math.max(delay, 1);
            timers.add(new Timer(due, Math.max(delay, 1)));
            step(label, Step.Kind.TIMER, label, segment, -1);
            Ctx inside = new Ctx(Phase.TIMER, due, ctx.exact(), label, segment, ctx.depth() + 1, false);
            List<Statement> body = new ArrayList<>();
            body.add(log(str(label)));
            statements(inside, body);
            body.addAll(tail);
            if (settle != null) {
                settle[0] = new Settle(label, Phase.TIMER, due, ctx.exact(), false);
            }
            return call(id("setTimeout"), arrow(List.of(), body, false), num(delay));
        }

        /** {@code setImmediate(() => { log; …; tail })}, or null when it would race a timer under node. */
        private Expression immediate(Ctx ctx, List<Statement> tail, Settle[] settle) {
            if (profile.nodeDeterministic()) {
                if (!ctx.exact()) {
                    return null;
                }
                boolean racing = ctx.phase() == Phase.MAIN || ctx.phase() == Phase.IMMEDIATE;
                if (racing) {
                    for (Timer t : timers) {
                        if (t.due() > ctx.time() && t.due() < ctx.time() + profile.gap()) {
                            return null;
                        }
                    }
                    racingImmediates.add(ctx.time());
                }
            }
            String label = label();
            int segment = segment(false);
            step(label, Step.Kind.IMMEDIATE, label, segment, -1);
            Ctx inside = new Ctx(Phase.IMMEDIATE, ctx.time(), ctx.exact(), label, segment, ctx.depth() + 1, false);
            List<Statement> body = new ArrayList<>();
            body.add(log(str(label)));
            statements(inside, body);
            body.addAll(tail);
            if (settle != null) {
                settle[0] = new Settle(label, Phase.IMMEDIATE, ctx.time(), ctx.exact(), false);
            }
            return call(id("setImmediate"), arrow(List.of(), body, false));
        }

        /** A delay from the profile's list, the drawn one or the next that keeps node deterministic. */
        private Integer delay(Ctx ctx) {
            List<Integer> delays = profile.delays();
            int first = draws.below(delays.size());
            if (!profile.nodeDeterministic()) {
                return delays.get(first);
            }
            if (!ctx.exact()) {
                return null;
            }
            for (int i = 0; i < delays.size(); i++) {
                int delay = delays.get((first + i) % delays.size());
                if (deterministicTimer(ctx, delay)) {
                    return delay;
                }
            }
            return null;
        }

        private boolean deterministicTimer(Ctx ctx, int delay) {
            int after = Math.max(delay, 1);
            // setTimeout(f, 0) against an immediate is a race anywhere but in the timers phase.
            if (after < profile.gap() && ctx.phase() != Phase.TIMER) {
                return false;
            }
            int due = ctx.time() + after;
            for (Timer t : timers) {
                // Even equal delays: a slow console.log between two setTimeout calls moves the second one's
                // due time a millisecond on, and an immediate the first one queues then runs before it.
                boolean own = ctx.phase() == Phase.TIMER && t.due() == ctx.time();
                if (!own && Math.abs(t.due() - due) < profile.gap()) {
                    return false;
                }
            }
            for (int mark : racingImmediates) {
                if (due > mark && due < mark + profile.gap()) {
                    return false;
                }
            }
            return true;
        }

        // ---- values

        private enum ValueKind {
            PLAIN,
            RESOLVED,
            REJECTED,
            THENABLE,
            TIMER,
            IMMEDIATE,
            ASYNC,
            COMBINATOR,
            FETCH,
            READ_FILE
        }

        /** A value to await, chain on or combine; {@code promise} when it must be a promise. */
        private Value value(Ctx ctx, boolean promise) {
            List<ValueKind> kinds = new ArrayList<>();
            if (!promise) {
                kinds.add(ValueKind.PLAIN);
            }
            kinds.addAll(List.of(ValueKind.RESOLVED, ValueKind.REJECTED, ValueKind.THENABLE));
            if (ctx.depth() < profile.maxDepth()) {
                kinds.addAll(List.of(ValueKind.TIMER, ValueKind.IMMEDIATE, ValueKind.ASYNC, ValueKind.COMBINATOR));
                if (profile.fakeIo()) {
                    kinds.addAll(List.of(ValueKind.FETCH, ValueKind.READ_FILE));
                }
            }
            ValueKind kind = kinds.get(draws.below(kinds.size()));
            Settle now = Settle.now(ctx);
            return switch (kind) {
                case PLAIN -> new Value(str(valueName("v")), now);
                case RESOLVED -> new Value(call(path("Promise.resolve"), str(valueName("v"))), now);
                case REJECTED -> new Value(call(path("Promise.reject"), error(valueName("e"))), now);
                case THENABLE -> {
                    Expression thenable = thenable(ctx);
                    yield new Value(promise ? call(path("Promise.resolve"), thenable) : thenable, now.later());
                }
                case TIMER -> settledByCallback(ctx, true);
                case IMMEDIATE -> settledByCallback(ctx, false);
                case ASYNC -> asyncFunction(ctx);
                case COMBINATOR -> combinator(ctx);
                case FETCH -> fetch(ctx);
                case READ_FILE -> readFile(ctx);
            };
        }

        private Expression thenable(Ctx ctx) {
            String label = label();
            int segment = segment(true);
            step(label, Step.Kind.THENABLE, ctx.anchor(), segment, -1);
            boolean rejects = draws.below(2) == 1;
            return Js.thenable(List.of(
                    log(str(label)),
                    stmt(rejects ? call(id("rej"), error(valueName("e"))) : call(id("res"), str(valueName("v"))))));
        }

        /** {@code new Promise((res, rej) => setTimeout(() => { …; res(v) }, d))}, or an immediate. */
        private Value settledByCallback(Ctx ctx, boolean timer) {
            boolean rejects = draws.below(2) == 1;
            List<Statement> tail = List.of(
                    stmt(rejects ? call(id("rej"), error(valueName("e"))) : call(id("res"), str(valueName("v")))));
            Settle[] settle = new Settle[1];
            Expression schedule = timer ? timeout(ctx, tail, settle) : immediate(ctx, tail, settle);
            if (schedule == null) {
                return new Value(call(path("Promise.resolve"), str(valueName("v"))), Settle.now(ctx));
            }
            Expression executor = arrowExpr(List.of("res", "rej"), schedule);
            return new Value(newExpr("Promise", executor), settle[0]);
        }

        /** {@code (async () => { …awaits…; return v | throw })()}: settles where its last await resumed. */
        private Value asyncFunction(Ctx ctx) {
            List<Statement> body = new ArrayList<>();
            Ctx start = ctx.deeper().async(true);
            Ctx end = statements(start, body);
            body.add(draws.below(2) == 1 ? throwsError(valueName("e")) : returns(str(valueName("v"))));
            // Without an await it has settled when the call returns.
            return new Value(
                    asyncCall(body), new Settle(end.anchor(), end.phase(), end.time(), end.exact(), end == start));
        }

        private static final List<String> COMBINATORS = List.of("all", "allSettled", "race", "any");

        /** {@code Promise.all([…])} and its kin over one to three values. */
        private Value combinator(Ctx ctx) {
            String name = COMBINATORS.get(draws.below(COMBINATORS.size()));
            List<Expression> inputs = new ArrayList<>();
            List<Settle> settles = new ArrayList<>();
            Ctx inner = ctx.deeper();
            do {
                Value v = value(inner, false);
                inputs.add(v.expression());
                settles.add(v.settle());
            } while (inputs.size() < 3 && draws.below(2) == 1);
            Settle first = settles.getFirst();
            boolean same = settles.stream()
                    .allMatch(s -> s.exact()
                            && s.time() == first.time()
                            && s.phase() == first.phase()
                            && java.util.Objects.equals(s.anchor(), first.anchor()));
            Settle settle = same
                    ? new Settle(first.anchor(), first.phase(), first.time(), true, false)
                    : new Settle(null, first.phase(), first.time(), false, false);
            return new Value(call(path("Promise." + name), array(inputs)), settle);
        }

        /** {@code fetch(url).then(r => { log; return r.text(); })}: settles in the completion's drain. */
        private Value fetch(Ctx ctx) {
            int route = ioTarget(routes, "r");
            String label = label();
            int segment = segment(true);
            step(label, Step.Kind.IO, label, segment, -1);
            Expression fetch = call(id("fetch"), str("https://api.test/" + routes.get(route)));
            Expression handler = arrow(
                    List.of("r"),
                    List.of(log(str(label), member(id("r"), "status")), returns(method(id("r"), "text"))),
                    false);
            return new Value(method(fetch, "then", handler), new Settle(label, Phase.IO, ctx.time(), false, false));
        }

        /** {@code fs.promises.readFile(__dirname + '/f1.txt', 'utf8').then(s => { log; return s; })}. */
        private Value readFile(Ctx ctx) {
            usesFs = true;
            int file = ioTarget(files, "f");
            String label = label();
            int segment = segment(true);
            step(label, Step.Kind.IO, label, segment, -1);
            Expression read = call(
                    path("fs.promises.readFile"),
                    binary("+", id("__dirname"), str("/" + files.get(file) + ".txt")),
                    str("utf8"));
            Expression handler = arrow(List.of("s"), List.of(log(str(label), id("s")), returns(id("s"))), false);
            return new Value(method(read, "then", handler), new Settle(label, Phase.IO, ctx.time(), false, false));
        }

        /** An existing route or file, or a new one (at most three of each). */
        private int ioTarget(List<String> targets, String prefix) {
            int pick = draws.below(Math.min(targets.size() + 1, 3));
            if (pick == targets.size()) {
                targets.add(prefix + (targets.size() + 1));
            }
            return pick;
        }

        // ---- chains and awaits

        /** {@code value.then(…).catch(…).finally(…)}: zero to three links, each handler a labelled body. */
        private Expression chain(Ctx ctx) {
            Value head = value(ctx, true);
            Expression chain = head.expression();
            Settle state = head.settle();
            boolean first = true;
            while (draws.below(3) != 0) {
                int link = draws.below(4);
                Settle before = state;
                Handler[] handlers =
                        switch (link) {
                            case 0 -> new Handler[] {handler(ctx, state, first, "v")};
                            case 1 -> new Handler[] {handler(ctx, state, first, "e")};
                            case 2 -> new Handler[] {handler(ctx, state, first, null)};
                            default -> new Handler[] {handler(ctx, state, first, "v"), handler(ctx, state, first, "e")};
                        };
                String name = link == 1 ? "catch" : link == 2 ? "finally" : "then";
                List<Expression> args = new ArrayList<>();
                for (Handler h : handlers) {
                    args.add(h.function());
                }
                chain = call(member(chain, name), args.toArray(Expression[]::new));
                // Whichever handler runs (or none, passing the settlement through), the chain goes on from there.
                Settle next = before.later();
                for (Handler h : handlers) {
                    next = merge(next, h.settle());
                }
                state = next;
                first = false;
            }
            return chain;
        }

        private static Settle merge(Settle a, Settle b) {
            boolean same = a.exact() && b.exact() && a.time() == b.time() && a.phase() == b.phase();
            String anchor = java.util.Objects.equals(a.anchor(), b.anchor()) ? a.anchor() : null;
            return new Settle(anchor, a.phase(), a.time(), same, false);
        }

        private record Handler(Expression function, Settle settle) {}

        /**
         * A handler: logs its label (with the value, the error's message, or nothing for {@code finally}),
         * runs nested statements, then returns nothing, returns a value, or throws.
         */
        private Handler handler(Ctx ctx, Settle on, boolean direct, String param) {
            String label = label();
            int segment = segment(true);
            step(label, Step.Kind.REACTION, on.anchor(), segment, direct && on.settledNow() ? ctx.segment() : -1);
            Ctx inside = on.continueIn(ctx, segment).deeper().async(false);
            List<Statement> body = new ArrayList<>();
            if (param == null) {
                body.add(log(str(label)));
            } else if (param.equals("e")) {
                body.add(log(str(label), member(id("e"), "message")));
            } else {
                body.add(log(str(label), json(id("v"))));
            }
            statements(inside, body);
            Settle after = Settle.now(inside).later();
            switch (draws.below(3)) {
                case 1 -> {
                    Value v = profile.nodeDeterministic() ? settledValue(inside) : value(inside, false);
                    body.add(returns(v.expression()));
                    after = v.settle().later();
                }
                case 2 -> body.add(throwsError(valueName("e")));
                default -> {}
            }
            List<String> params = param == null ? List.of() : List.of(param);
            return new Handler(arrow(params, body, false), after);
        }

        /** A value that settles in the current drain (node-deterministic handlers return only these). */
        private Value settledValue(Ctx ctx) {
            return switch (draws.below(3)) {
                case 1 -> new Value(call(path("Promise.reject"), error(valueName("e"))), Settle.now(ctx));
                case 2 -> new Value(thenable(ctx), Settle.now(ctx).later());
                default -> new Value(call(path("Promise.resolve"), str(valueName("v"))), Settle.now(ctx));
            };
        }

        /**
         * {@code const rN = await value; console.log('tK', JSON.stringify(rN));}, inside {@code try/catch} when
         * asked; the code after it continues where the value settled.
         */
        private Ctx awaitStatement(Ctx ctx, List<Statement> out, boolean guarded) {
            Value value = value(ctx.deeper(), false);
            String result = valueName("r");
            String label = label();
            int segment = segment(true);
            step(
                    label,
                    Step.Kind.CONTINUATION,
                    value.settle().anchor(),
                    segment,
                    value.settle().settledNow() ? ctx.segment() : -1);
            List<Statement> awaited =
                    List.of(constant(result, await(value.expression())), log(str(label), json(id(result))));
            Ctx after = value.settle().continueIn(ctx, segment);
            if (!guarded) {
                out.addAll(awaited);
                return after;
            }
            String caught = label();
            step(caught, Step.Kind.CONTINUATION, value.settle().anchor(), segment, -1);
            out.add(tryCatch(awaited, "e", List.of(log(str(caught), member(id("e"), "message")))));
            return after;
        }

        private static Expression json(Expression value) {
            return call(path("JSON.stringify"), value);
        }

        // ---- front-matter

        private String frontMatter() {
            if (routes.isEmpty() && files.isEmpty()) {
                return "";
            }
            StringBuilder b = new StringBuilder("/*---\n");
            if (!routes.isEmpty()) {
                b.append("routes:\n");
                for (String route : routes) {
                    b.append("  - url: https://api.test/").append(route).append('\n');
                    b.append("    body: ").append(route).append("-body\n");
                    b.append("    latency: ").append(latency()).append('\n');
                }
            }
            if (!files.isEmpty()) {
                b.append("files:\n");
                for (String file : files) {
                    b.append("  ").append(file).append(".txt:\n");
                    b.append("    content: ").append(file).append("-content\n");
                    b.append("    latency: ").append(latency()).append('\n');
                }
            }
            return b.append("---*/\n").toString();
        }

        private static final List<String> LATENCIES =
                List.of("fixed(1)", "fixed(5)", "uniform(1, 10)", "fixed(2)", "uniform(5, 20)", "fixed(10)");

        private String latency() {
            return LATENCIES.get(draws.below(LATENCIES.size()));
        }
    }
}
