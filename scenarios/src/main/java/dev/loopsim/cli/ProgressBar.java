package dev.loopsim.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place on a terminal's stderr ({@code [#####     ] 12/40}). Results
 * printed while it shows go through {@link #printAbove} so the bar never mixes into them.
 */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private int total;
    private int done;
    private String note = "";
    private int drawnLength;

    ProgressBar(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    synchronized void advance() {
        done++;
        draw();
    }

    /** Shows {@code done} of {@code total} (a search whose total is known only as it goes), then {@code note}. */
    synchronized void show(int done, int total, String note) {
        this.done = done;
        this.total = total;
        this.note = note;
        draw();
    }

    /** Clears the bar, prints {@code text} to {@code out}, and draws the bar again under it. */
    synchronized void printAbove(PrintWriter out, String text) {
        clear();
        out.print(text);
        out.flush();
        draw();
    }

    synchronized void finish() {
        clear();
    }

    private void draw() {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, (long) done * WIDTH / total);
        String bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + note;
        err.print("\r" + bar);
        err.flush();
        drawnLength = bar.length();
    }

    private void clear() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }
}
