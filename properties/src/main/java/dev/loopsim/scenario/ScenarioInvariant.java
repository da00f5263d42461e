package dev.loopsim.scenario;

import java.util.List;

/**
 * One entry of a scenario's {@code invariants:}: something every explored run must satisfy. Each knows
 * the file line it was written on, and its {@link #name()} is how a violation names it.
 */
public sealed interface ScenarioInvariant {

    /** How a violation names the entry: {@code prints counter 2}, {@code order [a done, b done]}. */
    String name();

    /** The line of the entry in the scenario file (from 1). */
    int sourceLine();

    /** {@code exit: N}: the run exits with code N; declaring it replaces the default "exits 0". */
    record Exit(int code, int sourceLine) implements ScenarioInvariant {
        @Override
        public String name() {
            return "exit " + code;
        }
    }

    /** {@code prints: LINE}: some stdout line is exactly {@code line}. */
    record Prints(String line, int sourceLine) implements ScenarioInvariant {
        @Override
        public String name() {
            return "prints " + line;
        }
    }

    /** {@code never-prints: LINE}: no stdout line is exactly {@code line}. */
    record NeverPrints(String line, int sourceLine) implements ScenarioInvariant {
        @Override
        public String name() {
            return "never-prints " + line;
        }
    }

    /** {@code order: [A, B, …]}: each line is printed, and each first appears before the next one's first. */
    record Order(List<String> lines, int sourceLine) implements ScenarioInvariant {
        public Order {
            lines = List.copyOf(lines);
            if (lines.size() < 2) {
                throw new IllegalArgumentException("an order needs at least two lines, got " + lines.size());
            }
        }

        @Override
        public String name() {
            return "order [" + String.join(", ", lines) + "]";
        }
    }
}
