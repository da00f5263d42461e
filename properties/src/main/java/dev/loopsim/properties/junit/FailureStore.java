package dev.loopsim.properties.junit;

import dev.loopsim.properties.explore.ChoiceSequence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failing minimal choice sequences of one test's properties, kept on disk so that a later run replays
 * them before it explores. One small text file per property (the test's key and the script's file name),
 * most recent first, at most {@link #MAX_ENTRIES}; a sequence that passes on {@link #DROP_AFTER_PASSES}
 * replays in a row is dropped, one that fails again goes back to the top. Files are replaced atomically,
 * so tests running in parallel (or in several JVMs) never read half a file; the last writer wins.
 */
public final class FailureStore {
    /** The most sequences kept per property. */
    public static final int MAX_ENTRIES = 10;
    /** A stored sequence that passes this many replays in a row is dropped. */
    public static final int DROP_AFTER_PASSES = 3;

    private static final Pattern ENTRY =
            Pattern.compile("^(\\[[0-9,\\s]*\\])(?:\\s+passed=(\\d+))?\\s*(?:#\\s?(.*))?$");

    private final Path directory;
    private final String testKey;

    /**
     * A store under {@code directory} for the test {@code testKey}
     * ({@code com.example.CounterTest.counterIsNeverLost}).
     */
    public FailureStore(Path directory, String testKey) {
        this.directory = directory;
        this.testKey = testKey;
    }

    /** One stored sequence: how many replays in a row it has passed, and a note on how it failed. */
    public record Entry(ChoiceSequence sequence, int passed, String note) {}

    public Path directory() {
        return directory;
    }

    public String testKey() {
        return testKey;
    }

    /** The file of {@code property}'s sequences: the test key and the property, in safe characters. */
    public Path file(String property) {
        return directory.resolve((testKey + "." + property).replaceAll("[^A-Za-z0-9._-]", "_") + ".txt");
    }

    /** The stored sequences of {@code property}, most recent failure first; none when there is no file. */
    public synchronized List<Entry> entries(String property) {
        Path file = file(property);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the failure store " + file + ": " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ENTRY.matcher(line.strip());
            if (m.matches()) {
                entries.add(new Entry(
                        ChoiceSequence.parse(m.group(1)),
                        m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                        m.group(3) == null ? "" : m.group(3).strip()));
            }
        }
        return entries;
    }

    /** {@code sequence} failed (again): it goes to the top, its passes forgotten; the oldest beyond the bound go. */
    public synchronized void failed(String property, ChoiceSequence sequence, String note) {
        List<Entry> entries = new ArrayList<>(entries(property));
        entries.removeIf(e -> e.sequence().equals(sequence));
        entries.add(0, new Entry(sequence, 0, note));
        write(property, entries.subList(0, Math.min(MAX_ENTRIES, entries.size())));
    }

    /** {@code sequence} was replayed and passed: one more pass in a row, dropped at {@link #DROP_AFTER_PASSES}. */
    public synchronized void passed(String property, ChoiceSequence sequence) {
        List<Entry> entries = new ArrayList<>();
        for (Entry e : entries(property)) {
            if (!e.sequence().equals(sequence)) {
                entries.add(e);
            } else if (e.passed() + 1 < DROP_AFTER_PASSES) {
                entries.add(new Entry(e.sequence(), e.passed() + 1, e.note()));
            }
        }
        write(property, entries);
    }

    private void write(String property, List<Entry> entries) {
        Path file = file(property);
        try {
            if (entries.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            StringBuilder b = new StringBuilder();
            b.append("# loopsim failure store: failing choice sequences of ")
                    .append(testKey)
                    .append(" on ")
                    .append(property)
                    .append(", most recent first.\n");
            b.append("# Replayed before exploring; one that passes ")
                    .append(DROP_AFTER_PASSES)
                    .append(" replays in a row is dropped. Safe to delete.\n");
            for (Entry e : entries) {
                b.append(e.sequence()).append(" passed=").append(e.passed());
                if (!e.note().isEmpty()) {
                    b.append("  # ").append(e.note().replace('\n', ' '));
                }
                b.append('\n');
            }
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".loopsim-", ".tmp");
            Files.writeString(temporary, b, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the failure store " + file + ": " + e.getMessage(), e);
        }
    }
}
