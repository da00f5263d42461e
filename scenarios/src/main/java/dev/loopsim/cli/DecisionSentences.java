package dev.loopsim.cli;

import dev.loopsim.io.FileSpec;
import dev.loopsim.io.IoSetup;
import dev.loopsim.io.Route;
import dev.loopsim.properties.run.Choice;
import dev.loopsim.properties.run.Decision;
import dev.loopsim.properties.run.Run;
import dev.loopsim.trace.TraceEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions of a traced run told in the scenario's own terms: each latency and failure draw matched to
 * the I/O operation it was drawn for (draws come just before their {@code io-start}, in the same order),
 * each choice point to its {@code choice} event — "GET https://api.example.com/orders answered after 3 ms",
 * "readFile data/a.json failed (EACCES)", "the timer/immediate race went to the timer".
 */
final class DecisionSentences {

    /** One decision of the run, told as a sentence. */
    record Sentence(Choice choice, String text) {
        boolean isDefault() {
            return choice.index() == 0;
        }
    }

    /** An {@code io-start} event read back: {@code fetch GET URL} or {@code readFile /abs/path}, and its fields. */
    private record IoStart(long id, String what, long latencyMs, String outcome) {
        static IoStart of(TraceEvent event) {
            String detail = event.detail();
            int outcomeAt = detail.lastIndexOf(" outcome=");
            int latencyAt = detail.lastIndexOf(" latency=", outcomeAt);
            if (outcomeAt < 0 || latencyAt < 0) {
                return new IoStart(event.id(), detail, -1, "");
            }
            long latency;
            try {
                latency = Long.parseLong(detail.substring(latencyAt + 9, outcomeAt));
            } catch (NumberFormatException e) {
                latency = -1;
            }
            return new IoStart(event.id(), detail.substring(0, latencyAt), latency, detail.substring(outcomeAt + 9));
        }

        boolean isFetch() {
            return what.startsWith("fetch ");
        }

        /** {@code fetch GET https://…}: the method and URL. */
        String method() {
            String[] parts = what.split(" ", 3);
            return parts.length == 3 ? parts[1] : "";
        }

        String url() {
            String[] parts = what.split(" ", 3);
            return parts.length == 3 ? parts[2] : "";
        }

        /** {@code readFile /app/data/a.json}: the operation and the absolute path. */
        String op() {
            return what.substring(0, Math.max(0, what.indexOf(' ')));
        }

        String path() {
            return what.substring(what.indexOf(' ') + 1);
        }
    }

    private final IoSetup io;
    private final Path scriptDirectory;

    /**
     * @param io the fake I/O the run used (to know which draws an operation makes)
     * @param script the main script's path: relative file paths in sentences start at its directory
     */
    DecisionSentences(IoSetup io, Path script) {
        this.io = io;
        Path parent = script.toAbsolutePath().normalize().getParent();
        this.scriptDirectory = parent == null ? Path.of("/") : parent;
    }

    /** Every decision of {@code run}, in order, as a sentence. */
    List<Sentence> of(Run run) {
        Map<Integer, String> told = new HashMap<>();
        tellIo(run, told);
        tellChoicePoints(run, told);
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < run.choices().size(); i++) {
            Choice choice = run.choices().get(i);
            sentences.add(new Sentence(choice, told.getOrDefault(i, choice.toString())));
        }
        return sentences;
    }

    /** Matches the run's latency and failure draws to its {@code io-start} events, in order. */
    private void tellIo(Run run, Map<Integer, String> told) {
        List<Integer> draws = new ArrayList<>();
        for (int i = 0; i < run.choices().size(); i++) {
            String name = run.choices().get(i).decision().name();
            if (name.startsWith("latency:") || name.startsWith("fail:")) {
                draws.add(i);
            }
        }
        int next = 0;
        for (TraceEvent event : run.trace()) {
            if (event.kind() != TraceEvent.Kind.IO_START || next >= draws.size()) {
                continue;
            }
            IoStart start = IoStart.of(event);
            String[] names = drawNames(start);
            Choice choice = run.choices().get(draws.get(next));
            if (choice.decision().name().equals(names[0])) {
                told.put(draws.get(next), latencySentence(start, choice));
                next++;
                if (next >= draws.size()) {
                    break;
                }
                choice = run.choices().get(draws.get(next));
            }
            if (names[1] != null && choice.decision().name().equals(names[1])) {
                told.put(draws.get(next), failureSentence(start, choice));
                next++;
            }
        }
    }

    /** The names of the latency draw and the failure draw (null when none) an operation makes, as FakeIo draws them. */
    private String[] drawNames(IoStart start) {
        if (start.isFetch()) {
            for (Route route : io.routes()) {
                if (route.matches(start.method(), start.url())) {
                    return new String[] {
                        "latency:" + (route.latency() != null ? route.url() : "default"),
                        route.failure() != null ? "fail:" + route.url() : null
                    };
                }
            }
            return new String[] {"latency:default", null};
        }
        for (FileSpec file : io.files()) {
            if (scriptDirectory.resolve(file.path()).normalize().toString().equals(start.path())) {
                return new String[] {
                    "latency:" + (file.latency() != null ? file.path() : "default"),
                    file.failure() != null ? "fail:" + file.path() : null
                };
            }
        }
        return new String[] {"latency:default", null};
    }

    private String latencySentence(IoStart start, Choice choice) {
        String ms = choice.decision().describe(choice.index());
        return start.isFetch()
                ? operation(start) + " answered after " + ms
                : operation(start) + " completed after " + ms;
    }

    private String failureSentence(IoStart start, Choice choice) {
        if (choice.index() == 0) {
            return operation(start) + " succeeded";
        }
        String outcome = start.outcome().matches("\\d+") ? "HTTP " + start.outcome() : start.outcome();
        return operation(start) + " failed (" + outcome + ")";
    }

    /** {@code GET https://api.example.com/orders}, {@code readFile data/a.json}. */
    private String operation(IoStart start) {
        if (start.isFetch()) {
            return start.method() + " " + start.url();
        }
        Path path = Path.of(start.path());
        String shown = path.startsWith(scriptDirectory)
                ? scriptDirectory.relativize(path).toString()
                : start.path();
        return start.op() + " " + shown;
    }

    /** Matches the run's choice points to its {@code choice} events, in order, and tells the fixed ones. */
    private void tellChoicePoints(Run run, Map<Integer, String> told) {
        List<TraceEvent> trace = run.trace();
        int at = 0;
        for (int i = 0; i < run.choices().size(); i++) {
            Choice choice = run.choices().get(i);
            if (!(choice.decision() instanceof Decision.Point point)) {
                continue;
            }
            while (at < trace.size() && trace.get(at).kind() != TraceEvent.Kind.CHOICE) {
                at++;
            }
            if (at >= trace.size()) {
                return;
            }
            TraceEvent event = trace.get(at++);
            String outcome = point.point().outcomes().get(choice.index());
            switch (point.name()) {
                case "timeout-vs-immediate" ->
                    told.put(
                            i,
                            "the timer/immediate race went to the "
                                    + (outcome.equals("timeout") ? "timer" : "immediate"));
                case "timer-ms-boundary" ->
                    told.put(
                            i,
                            outcome.equals("next-ms")
                                    ? "the clock crossed a millisecond between creating two timers (at " + event.time()
                                            + " ms)"
                                    : "the clock stayed in the same millisecond while two timers were created (at "
                                            + event.time() + " ms)");
                case "io-same-ms" ->
                    told.put(
                            i,
                            "of the I/O completing in the same millisecond (at " + event.time() + " ms), the " + outcome
                                    + " to start ran first" + completedNext(trace, at));
                default -> {
                    // a choice(…) latency: told with its operation by tellIo
                }
            }
        }
    }

    /** {@code : GET https://…}, the operation whose completion follows the choice at {@code from}. */
    private String completedNext(List<TraceEvent> trace, int from) {
        for (int k = from; k < trace.size(); k++) {
            TraceEvent event = trace.get(k);
            if (event.kind() == TraceEvent.Kind.IO_COMPLETE) {
                for (TraceEvent start : trace) {
                    if (start.kind() == TraceEvent.Kind.IO_START && start.id() == event.id()) {
                        return ": " + operation(IoStart.of(start));
                    }
                }
                return "";
            }
        }
        return "";
    }
}
