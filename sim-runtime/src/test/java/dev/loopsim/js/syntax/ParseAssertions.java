package dev.loopsim.js.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.loopsim.js.syntax.Node.Expression;
import dev.loopsim.js.syntax.Node.ExpressionStatement;
import dev.loopsim.js.syntax.Node.Program;
import dev.loopsim.js.syntax.Node.Statement;

/**
 * Short ways to parse a snippet and look at its tree or its error in parser tests. Expected V8 messages
 * and positions were read from Node v20 ({@code vm.Script} for scripts, {@code node --check x.mjs} for modules).
 */
final class ParseAssertions {
    private ParseAssertions() {}

    /** Parses {@code code} as a script named {@code t.js}. */
    static Program script(String code) {
        return Parser.parseScript(new Source("t.js", code));
    }

    /** Parses {@code code} as a module named {@code t.mjs}. */
    static Program module(String code) {
        return Parser.parseModule(new Source("t.mjs", code));
    }

    /** The only (or first) statement of a script. */
    static Statement stmt(String code) {
        Program program = script(code);
        assertThat(program.body()).as("statements of %s", code).isNotEmpty();
        return program.body().get(0);
    }

    /** The first statement of a script, checked to be of {@code type}. */
    static <T> T stmt(String code, Class<T> type) {
        return as(stmt(code), type);
    }

    /** The expression of the first statement of a script, which must be an expression statement. */
    static Expression expr(String code) {
        return as(stmt(code), ExpressionStatement.class).expression();
    }

    /** The expression of the first statement, checked to be of {@code type}. */
    static <T> T expr(String code, Class<T> type) {
        return as(expr(code), type);
    }

    /** {@code node} checked to be of {@code type}. */
    static <T> T as(Object node, Class<T> type) {
        assertThat(node).isInstanceOf(type);
        return type.cast(node);
    }

    /** The syntax error (not an unsupported-feature error) that parsing {@code code} as a script throws. */
    static JsSyntaxError syntaxError(String code) {
        return thrownBy(() -> script(code), code, false);
    }

    /** The syntax error that parsing {@code code} as a module throws. */
    static JsSyntaxError moduleSyntaxError(String code) {
        return thrownBy(() -> module(code), code, false);
    }

    /** The unsupported-feature error that parsing {@code code} as a script throws. */
    static JsSyntaxError unsupported(String code) {
        return thrownBy(() -> script(code), code, true);
    }

    /** The unsupported-feature error that parsing {@code code} as a module throws. */
    static JsSyntaxError moduleUnsupported(String code) {
        return thrownBy(() -> module(code), code, true);
    }

    /** Asserts V8's message and the 1-based line and column of its caret for a script. */
    static JsSyntaxError assertScriptError(String code, String message, int line, int column) {
        JsSyntaxError error = syntaxError(code);
        assertThat(error.getMessage()).as("message for %s", code).isEqualTo(message);
        assertPosition(error, code, line, column);
        return error;
    }

    /** Asserts V8's message for a script, position not checked. */
    static JsSyntaxError assertScriptError(String code, String message) {
        JsSyntaxError error = syntaxError(code);
        assertThat(error.getMessage()).as("message for %s", code).isEqualTo(message);
        return error;
    }

    /** Asserts V8's message and position for a module. */
    static JsSyntaxError assertModuleError(String code, String message, int line, int column) {
        JsSyntaxError error = moduleSyntaxError(code);
        assertThat(error.getMessage()).as("message for module %s", code).isEqualTo(message);
        assertPosition(error, code, line, column);
        return error;
    }

    /** Asserts V8's message for a module, position not checked. */
    static JsSyntaxError assertModuleError(String code, String message) {
        JsSyntaxError error = moduleSyntaxError(code);
        assertThat(error.getMessage()).as("message for module %s", code).isEqualTo(message);
        return error;
    }

    static void assertPosition(JsSyntaxError error, String code, int line, int column) {
        assertThat(error.span()).as("span of error for %s", code).isNotNull();
        assertThat(error.span().line() + ":" + error.span().column())
                .as("line:column of '%s' for %s", error.getMessage(), code)
                .isEqualTo(line + ":" + column);
    }

    private static JsSyntaxError thrownBy(Runnable parse, String code, boolean unsupported) {
        Throwable thrown = catchThrowable(parse::run);
        assertThat(thrown).as("error parsing %s", code).isNotNull();
        assertThat(thrown).as("error parsing %s", code).isExactlyInstanceOf(JsSyntaxError.class);
        JsSyntaxError error = (JsSyntaxError) thrown;
        assertThat(error.isUnsupported())
                .as("isUnsupported() of '%s' for %s", error.getMessage(), code)
                .isEqualTo(unsupported);
        return error;
    }
}
