package dev.loopsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.explore.Violation;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Script;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioInvariantsTest {

    /** node v20 prints counter 2, a done, b done and exits 3 (recorded three times). */
    private static final String SCRIPT = """
            setTimeout(() => console.log('b done'), 1);
            Promise.resolve().then(() => console.log('a done'));
            console.log('counter 2');
            process.exitCode = 3;
            """;

    private static Optional<Violation> check(String... invariants) {
        String frontMatter = "/*---\ninvariants:\n" + String.join("\n", invariants) + "\n---*/\n";
        Script script = Script.of("/app/inv.js", frontMatter + SCRIPT);
        Run run = script.run();
        assertThat(run.stdout()).isEqualTo("counter 2\na done\nb done\n");
        Invariant invariant = ScenarioInvariants.of(script.scenario());
        assertThat(invariant.readsTrace()).isFalse();
        return invariant.check(run);
    }

    @Test
    void withoutAnExitEntryTheRunMustExitZero() {
        assertThat(check("  - prints: counter 2")).map(Violation::kind).hasValue("exit code 3");
    }

    @Test
    void anExitEntryReplacesExitZero() {
        assertThat(check("  - exit: 3")).isEmpty();
        assertThat(check("  - exit: 1")).hasValue(new Violation("exit code 3", "expected exit code 1"));
    }

    @Test
    void printsAndNeverPrintsLookForAWholeLine() {
        assertThat(check("  - exit: 3", "  - prints: counter 2", "  - never-prints: counter"))
                .isEmpty();
        assertThat(check("  - exit: 3", "  - prints: counter"))
                .hasValue(new Violation("invariant 'prints counter'", "no line of stdout is 'counter'"));
        assertThat(check("  - exit: 3", "  - never-prints: a done"))
                .hasValue(new Violation("invariant 'never-prints a done'", "line 2 of stdout is 'a done'"));
    }

    @Test
    void orderComparesTheFirstAppearanceOfEachLine() {
        assertThat(check("  - exit: 3", "  - order: [counter 2, a done, b done]"))
                .isEmpty();
        assertThat(check("  - exit: 3", "  - order: [b done, a done]"))
                .hasValue(new Violation(
                        "invariant 'order [b done, a done]'", "'a done' (line 2) came before 'b done' (line 3)"));
        assertThat(check("  - exit: 3", "  - order: [a done, lost]"))
                .hasValue(new Violation("invariant 'order [a done, lost]'", "'lost' was never printed"));
    }

    @Test
    void theExitCodeIsCheckedFirstThenEachEntryInOrder() {
        assertThat(check("  - prints: nothing like this", "  - exit: 1"))
                .map(Violation::kind)
                .hasValue("exit code 3");
        assertThat(check("  - exit: 3", "  - never-prints: b done", "  - prints: nope"))
                .map(Violation::kind)
                .hasValue("invariant 'never-prints b done'");
    }
}
