package dev.loopsim.scenario;

import java.util.Optional;

/**
 * The test262-style front-matter of a scenario: the YAML between {@code /*---} and {@code ---*}{@code /},
 * and the file line on which the YAML's first line sits, so YAML positions become file lines.
 *
 * @param firstLine the line of the opening {@code /*---} in the file (from 1): YAML line 0 is this line
 */
record FrontMatter(String yaml, int firstLine) {
    static final String OPEN = "/*---";
    static final String CLOSE = "---*/";

    /** The first {@code /*---} … {@code ---*}{@code /} block of {@code source}; empty when it has none. */
    static Optional<FrontMatter> find(String fileName, String source) {
        int open = source.indexOf(OPEN);
        if (open < 0) {
            return Optional.empty();
        }
        int firstLine = lineOf(source, open);
        int close = source.indexOf(CLOSE, open + OPEN.length());
        if (close < 0) {
            throw new ScenarioError(fileName, firstLine, "", "the front-matter opened here has no closing " + CLOSE);
        }
        return Optional.of(new FrontMatter(source.substring(open + OPEN.length(), close), firstLine));
    }

    /** The file line of a line of the YAML (from 0). */
    int fileLine(int yamlLine) {
        return firstLine + yamlLine;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
