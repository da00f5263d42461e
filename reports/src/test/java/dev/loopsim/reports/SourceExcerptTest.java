package dev.loopsim.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.ExpressionStatement;
import dev.loopsim.js.syntax.Node.Program;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.syntax.Span;
import org.junit.jupiter.api.Test;

class SourceExcerptTest {
    private static final String SCRIPT = """
            const user = fetch('/api/user');
            const orders = fetch('/api/orders');
            Promise.all([user, orders]);
            console.log('done');
            """;

    private static Span spanOfStatement(int index) {
        Program program = Parser.parseScript(new Source("app.js", SCRIPT));
        return ((ExpressionStatement) program.body().get(index)).expression().span();
    }

    @Test
    void marksTheLineAndUnderlinesTheSpanWithContextAround() {
        assertThat(SourceExcerpt.render(spanOfStatement(2), 1)).isEqualTo("""
                          2 | const orders = fetch('/api/orders');
                        > 3 | Promise.all([user, orders]);
                            | ^^^^^^^^^^^^^^^^^^^^^^^^^^^
                          4 | console.log('done');
                        """);
    }

    @Test
    void contextStopsAtTheEdgesOfTheFile() {
        String excerpt = SourceExcerpt.render(spanOfStatement(3), 5);
        assertThat(excerpt).startsWith("  1 | const user").contains("> 4 | console.log('done');");
        assertThat(excerpt.lines()).hasSize(5 + 1);
    }

    @Test
    void lineNumbersAreRightAlignedToTheWidestShown() {
        String text = "x;\n".repeat(9) + "y;\nz;\n";
        Source source = new Source("long.js", text);
        Span y = Span.of(source, text.indexOf('y'), text.indexOf('y') + 1);
        assertThat(SourceExcerpt.render(y, 1).lines())
                .containsExactly("   9 | x;", "> 10 | y;", "     | ^", "  11 | z;");
    }

    @Test
    void generatedCodeHasNoSourceToShow() {
        assertThat(SourceExcerpt.render(Span.NONE, 2)).contains("generated code");
    }
}
