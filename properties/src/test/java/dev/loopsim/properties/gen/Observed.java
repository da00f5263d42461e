package dev.loopsim.properties.gen;

import dev.loopsim.properties.run.ChoiceStream;
import dev.loopsim.properties.run.Run;
import dev.loopsim.trace.TraceEvent;
import dev.loopsim.trace.TraceEvent.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a traced run of a generated program shows: which label each stdout line starts with, where in the
 * trace it was printed, in which macrotask's drain (counting macrotask starts), and the timers' lives.
 */
record Observed(Run run, List<String> labels, Map<String, Integer> position, Map<String, Integer> macrotask) {

    static Observed of(Run run) {
        List<String> labels = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        Map<String, Integer> macrotask = new HashMap<>();
        int macrotasks = 0;
        for (TraceEvent e : run.trace()) {
            if (e.kind() == Kind.MACROTASK_START) {
                macrotasks++;
            } else if (e.kind() == Kind.CONSOLE && e.detail().startsWith("stdout: ")) {
                String label = labelOf(e.detail().substring("stdout: ".length()));
                position.putIfAbsent(label, labels.size());
                macrotask.putIfAbsent(label, macrotasks);
                labels.add(label);
            }
        }
        return new Observed(run, labels, position, macrotask);
    }

    static String labelOf(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    boolean printed(String label) {
        return position.containsKey(label);
    }

    /** The macrotask (1 = the main script) whose drain printed {@code label}. */
    int macrotaskOf(String label) {
        return label.equals(Step.MAIN) ? 1 : macrotask.get(label);
    }

    /** Random answers to a run's decisions (latencies from their models, choice points uniformly), seeded. */
    static ChoiceStream randomChoices(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        return decision -> decision.sample(random);
    }

    /** The run's own record of its decisions, to replay it: {@code ChoiceSequence.of(...).stream()}. */
    String replay() {
        return "run choices " + java.util.Arrays.toString(run.answers()) + ", exit code " + run.exitCode()
                + "\nstdout:\n" + run.stdout();
    }
}
