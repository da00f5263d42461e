package dev.loopsim.js.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loopsim.js.syntax.JsSyntaxError;
import dev.loopsim.js.syntax.Source;
import org.junit.jupiter.api.Test;

/** What the engine cannot run yet is reported as a user error at its position, never as a crash. */
class CompilerLimitsTest {

    private static JsSyntaxError failure(String file, String code) {
        return catchThrowableOfType(JsSyntaxError.class, () -> new Engine().run(new Source(file, code)));
    }

    @Test
    void assignmentToASuperPropertyIsNotSupportedYetAndSaysSoAtItsPosition() {
        JsSyntaxError e = failure("s.js", "class A {\n  m() { [super.x] = [1]; }\n}\nnew A().m();\n");
        assertThat(e.isUnsupported()).isTrue();
        assertThat(e.render())
                .startsWith("s.js:2:10: not supported by loopsim: assignment to super properties (not yet)");
    }
}
