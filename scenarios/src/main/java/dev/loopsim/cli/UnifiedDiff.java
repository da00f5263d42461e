package dev.loopsim.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff of two texts by lines, as {@code diff -u} prints it: {@code ---}/{@code +++} headers,
 * {@code @@ -a,n +b,m @@} hunks with three lines of context, {@code -} for expected lines, {@code +} for
 * actual ones. The edit is a longest common subsequence of the lines (past a size limit, the differing
 * middle is shown as replaced whole).
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** Cells of the LCS table beyond which the differing middle is shown as one replacement. */
    private static final long MAX_TABLE = 4_000_000;

    private enum Op {
        SAME,
        DELETE,
        INSERT
    }

    private record Edit(Op op, String line, int expectedIndex, int actualIndex) {}

    private UnifiedDiff() {}

    /** The diff from {@code expected} to {@code actual}; empty when they are equal. */
    static String of(String expectedName, String expected, String actualName, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(expectedName).append('\n');
        out.append("+++ ").append(actualName).append('\n');
        if (a.equals(b)) {
            // Only the final newline differs.
            out.append("@@ the texts differ only in the newline at the end: ")
                    .append(
                            expected.endsWith("\n")
                                    ? "expected has one, actual has none"
                                    : "actual has one, expected has none")
                    .append(" @@\n");
            return out.toString();
        }
        List<Edit> edits = edits(a, b);
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op() == Op.SAME) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            // Extend the hunk while the next change is within two contexts of the last one.
            int lastChange = i;
            for (int j = i; j < edits.size(); j++) {
                if (edits.get(j).op() != Op.SAME) {
                    lastChange = j;
                } else if (j - lastChange > 2 * CONTEXT) {
                    break;
                }
            }
            int end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            appendHunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Edit> hunk) {
        int expectedStart = -1;
        int actualStart = -1;
        int expectedCount = 0;
        int actualCount = 0;
        for (Edit e : hunk) {
            if (e.op() != Op.INSERT) {
                expectedCount++;
                if (expectedStart < 0) {
                    expectedStart = e.expectedIndex();
                }
            }
            if (e.op() != Op.DELETE) {
                actualCount++;
                if (actualStart < 0) {
                    actualStart = e.actualIndex();
                }
            }
        }
        // diff -u numbers lines from 1; an empty side names the line before it.
        out.append("@@ -")
                .append(range(expectedStart < 0 ? hunk.get(0).expectedIndex() : expectedStart + 1, expectedCount))
                .append(" +")
                .append(range(actualStart < 0 ? hunk.get(0).actualIndex() : actualStart + 1, actualCount))
                .append(" @@\n");
        for (Edit e : hunk) {
            out.append(
                            switch (e.op()) {
                                case SAME -> ' ';
                                case DELETE -> '-';
                                case INSERT -> '+';
                            })
                    .append(e.line())
                    .append('\n');
        }
    }

    private static String range(int start, int count) {
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }

    /** The lines of a text; a final newline ends the last line rather than starting an empty one. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (text.endsWith("\n") || text.isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The edit script: the common prefix and suffix kept, the middle by longest common subsequence. */
    private static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix
                && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> edits = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            edits.add(new Edit(Op.SAME, a.get(k), k, k));
        }
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        if ((long) n * m > MAX_TABLE) {
            for (int k = 0; k < n; k++) {
                edits.add(new Edit(Op.DELETE, a.get(prefix + k), prefix + k, prefix));
            }
            for (int k = 0; k < m; k++) {
                edits.add(new Edit(Op.INSERT, b.get(prefix + k), prefix + n, prefix + k));
            }
        } else {
            // lcs[i][j]: the longest common subsequence of a's middle from i and b's middle from j.
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(prefix + i).equals(b.get(prefix + j))
                            ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(prefix + i).equals(b.get(prefix + j))) {
                    edits.add(new Edit(Op.SAME, a.get(prefix + i), prefix + i, prefix + j));
                    i++;
                    j++;
                } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                    edits.add(new Edit(Op.INSERT, b.get(prefix + j), prefix + i, prefix + j));
                    j++;
                } else {
                    edits.add(new Edit(Op.DELETE, a.get(prefix + i), prefix + i, prefix + j));
                    i++;
                }
            }
        }
        for (int k = 0; k < suffix; k++) {
            int ai = a.size() - suffix + k;
            int bi = b.size() - suffix + k;
            edits.add(new Edit(Op.SAME, a.get(ai), ai, bi));
        }
        return edits;
    }
}
