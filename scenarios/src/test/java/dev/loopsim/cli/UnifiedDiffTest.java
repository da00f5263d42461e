package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every expected hunk below is what GNU {@code diff -u} printed for the same two files. */
class UnifiedDiffTest {

    private static String hunks(String expected, String actual) {
        String diff = UnifiedDiff.of("expected", expected, "actual", actual);
        assertThat(diff).startsWith("--- expected\n+++ actual\n");
        return diff.substring("--- expected\n+++ actual\n".length());
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.of("a", "x\ny\n", "b", "x\ny\n")).isEmpty();
    }

    @Test
    void changesFarApartAreSeparateHunksWithThreeLinesOfContext() {
        assertThat(hunks("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n", "a\nb\nX\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n"))
                .isEqualTo("@@ -1,6 +1,6 @@\n a\n b\n-c\n+X\n d\n e\n f\n@@ -11,3 +11,4 @@\n k\n l\n m\n+n\n");
    }

    @Test
    void anEmptyExpectedTextIsAllInsertions() {
        assertThat(hunks("", "x\ny\n")).isEqualTo("@@ -0,0 +1,2 @@\n+x\n+y\n");
    }

    @Test
    void aMissingLineIsADeletion() {
        assertThat(hunks("one\ntwo\nthree\n", "one\nthree\n")).isEqualTo("@@ -1,3 +1,2 @@\n one\n-two\n three\n");
    }

    @Test
    void aChangeInTheMiddleShowsContextOnBothSides() {
        assertThat(hunks("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nE\nf\ng\nh\n"))
                .isEqualTo("@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
    }

    @Test
    void aMissingFinalNewlineIsNamed() {
        assertThat(hunks("a\n", "a"))
                .isEqualTo(
                        "@@ the texts differ only in the newline at the end: expected has one, actual has none @@\n");
    }
}
