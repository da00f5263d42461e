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
    void importDeclarationsAreNotSupportedYetAndSaySoAtTheirPosition() {
        JsSyntaxError e = failure("m.mjs", "const a = 1;\nimport fs from 'node:fs';\n");
        assertThat(e.isUnsupported()).isTrue();
        assertThat(e.render()).startsWith("m.mjs:2:1: not supported by loopsim: import declarations (not yet)");
    }

    @Test
    void dynamicImportIsNotSupportedYet() {
        JsSyntaxError e = failure("s.js", "import('node:fs');");
        assertThat(e.getMessage()).isEqualTo("not supported by loopsim: dynamic import() (not yet)");
    }
}
