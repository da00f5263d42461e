package dev.loopsim.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A libuv error as Node reports it: {@code ENOENT}, errno -2, "no such file or directory". The table is
 * node's own {@code util.getSystemErrorMap()}, recorded in {@code errno.tsv}.
 */
public record Errno(String name, int errno, String message) {

    private static final Map<String, Errno> BY_NAME = load();

    public static final Errno ENOENT = named("ENOENT").orElseThrow();
    public static final Errno EIO = named("EIO").orElseThrow();
    public static final Errno EISDIR = named("EISDIR").orElseThrow();
    public static final Errno ENOTDIR = named("ENOTDIR").orElseThrow();

    /** The error of that name ({@code EACCES}), if libuv has one. */
    public static Optional<Errno> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Map<String, Errno> load() {
        Map<String, Errno> byName = new LinkedHashMap<>();
        for (String[] row : RecordedTable.rows("errno.tsv")) {
            byName.putIfAbsent(row[1], new Errno(row[1], Integer.parseInt(row[0]), row[2]));
        }
        return Map.copyOf(byName);
    }
}
