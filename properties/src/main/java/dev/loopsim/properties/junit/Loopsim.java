package dev.loopsim.properties.junit;

import dev.loopsim.properties.run.Subject;

/**
 * Where a Java property starts: {@code Loopsim.explore(script).runs(500).seed(42).check(invariant)}.
 */
public final class Loopsim {
    private Loopsim() {}

    /** A property over the runs of {@code script}: 1,000 random runs from seed 0 until told otherwise. */
    public static Property explore(Subject script) {
        return Property.of(script);
    }
}
