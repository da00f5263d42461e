package dev.loopsim.scenario;

/**
 * A mistake in a scenario's front-matter: the file, the line of the offending key, the key's path
 * ({@code routes[0].latency}) and what is wrong, printed as one line a person can act on.
 */
public final class ScenarioError extends RuntimeException {
    private final String file;
    private final int line;
    private final String path;
    private final String problem;

    public ScenarioError(String file, int line, String path, String problem) {
        super(file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + problem, null, false, false);
        this.file = file;
        this.line = line;
        this.path = path;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** The line in the scenario file (from 1). */
    public int line() {
        return line;
    }

    /** The key's path from the front-matter's top ({@code expect.timings[0].at}); empty for the whole block. */
    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
