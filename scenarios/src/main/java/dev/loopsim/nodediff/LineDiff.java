package dev.loopsim.nodediff;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines ({@code -} only in the first, {@code +} only in the second), with
 * a few lines of context around each change, from a longest common subsequence.
 */
public final class LineDiff {
    private static final int CONTEXT = 3;
    private static final int MAX_LINES = 4000;

    private LineDiff() {}

    /** The changes from {@code a} to {@code b} as hunks with context; empty when they are equal. */
    public static String unified(String a, String b) {
        List<String> left = lines(a);
        List<String> right = lines(b);
        if (left.size() > MAX_LINES || right.size() > MAX_LINES) {
            return "  (" + left.size() + " lines against " + right.size() + ", too many to diff)\n";
        }
        List<String> ops = edits(left, right);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).charAt(0) == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while changes are closer than two contexts apart
            while (end < ops.size()) {
                int next = end;
                while (next < ops.size() && ops.get(next).charAt(0) == ' ') {
                    next++;
                }
                if (next == ops.size() || next - end > 2 * CONTEXT) {
                    break;
                }
                end = next + 1;
            }
            int stop = Math.min(ops.size(), end + CONTEXT);
            out.append("  @@\n");
            for (int k = start; k < stop; k++) {
                out.append("  ").append(ops.get(k)).append('\n');
            }
            i = stop;
        }
        return out.toString();
    }

    private static List<String> edits(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(" " + a.get(i++));
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add("-" + a.get(i++));
            } else {
                ops.add("+" + b.get(j++));
            }
        }
        return ops;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        } else if (!text.isEmpty()) {
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "  (no newline at the end)");
        }
        return lines;
    }
}
