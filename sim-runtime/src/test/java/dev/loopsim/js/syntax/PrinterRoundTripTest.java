package dev.loopsim.js.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.loopsim.js.syntax.Node.Program;
import dev.loopsim.js.syntax.Node.SourceType;
import org.junit.jupiter.api.Test;

/**
 * Property: printing any valid tree and parsing the text back gives an equivalent tree, and printing that
 * again gives the same text. Seeded; a failure prints the seed that replays it.
 */
class PrinterRoundTripTest {
    private static final long DEFAULT_SEED = 20_261_125L;
    private static final int TREES = 2_500;

    @Test
    void randomTreesSurvivePrintAndParse() {
        long base = Long.getLong("loopsim.seed", DEFAULT_SEED);
        for (int i = 0; i < TREES; i++) {
            long seed = treeSeed(base, i);
            String replay = "tree #" + i + " (new RandomAst(" + seed + "L).program()) of base seed " + base
                    + "; replay with: mvn -pl sim-runtime test -Dtest=PrinterRoundTripTest -Dloopsim.seed=" + base;
            checkRoundTrip(replay, new RandomAst(seed).program());
        }
    }

    @Test
    void sameSeedBuildsTheSameTree() {
        long seed = treeSeed(DEFAULT_SEED, 7);
        assertThat(Printer.print(new RandomAst(seed).program()))
                .isEqualTo(Printer.print(new RandomAst(seed).program()));
    }

    /** The seed of the {@code index}-th tree of a run: {@code new RandomAst(seed).program()} rebuilds it. */
    static long treeSeed(long base, int index) {
        return base * 0x9E3779B97F4A7C15L + index;
    }

    /**
     * Prints {@code original}, parses the text back and requires an equivalent tree whose printing is the
     * same text; {@code replay} says in a failure which tree it was and how to get it again.
     */
    static void checkRoundTrip(String replay, Program original) {
        String printed = Printer.print(original);
        Program reparsed;
        try {
            reparsed = parse(original.sourceType(), printed);
        } catch (JsSyntaxError e) {
            fail("%s%nprinted text does not parse:%n%s%n---- printed ----%n%s", replay, e.render(), printed);
            return;
        }
        String difference = AstEquality.firstDifference(original, reparsed);
        if (difference != null) {
            fail("%s%nfirst difference (original vs reparsed): %s%n---- printed ----%n%s", replay, difference, printed);
        }
        String again = Printer.print(reparsed);
        if (!again.equals(printed)) {
            fail(
                    "%s%nprinting the reparsed tree gives other text%n---- first ----%n%s%n---- second ----%n%s",
                    replay, printed, again);
        }
    }

    static Program parse(SourceType type, String text) {
        return type == SourceType.MODULE
                ? Parser.parseModule(new Source("printed.mjs", text))
                : Parser.parseScript(new Source("printed.js", text));
    }
}
