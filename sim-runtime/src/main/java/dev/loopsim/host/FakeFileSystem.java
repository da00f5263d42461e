package dev.loopsim.host;

import dev.loopsim.io.Errno;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The filesystem a simulated script sees: the script itself, the files its setup declares and what the
 * run writes, by absolute path, all text. Directories are the ancestors of those files. Nothing here
 * touches the real disk.
 */
final class FakeFileSystem {

    /** What an operation failed with: the libuv error and the syscall Node names in the message. */
    record Failed(Errno errno, String syscall) {}

    /** What stat reports about a path. */
    record Stat(boolean directory, long size, long mtimeMs) {}

    private final Map<String, String> files = new TreeMap<>();
    private final Map<String, Long> modified = new TreeMap<>();
    private final TreeSet<String> directories = new TreeSet<>(List.of("/"));

    /** Puts a file at an absolute path (its directories come with it), written at {@code timeMs}. */
    void put(String path, String content, long timeMs) {
        files.put(path, content);
        modified.put(path, timeMs);
        for (String dir = ModulePaths.dirname(path); !directories.contains(dir); dir = ModulePaths.dirname(dir)) {
            directories.add(dir);
        }
    }

    /** fs.readFile: the content, or the error Node gives (ENOENT on open, EISDIR on read). */
    Object readFile(String path) {
        if (directories.contains(path)) {
            return new Failed(Errno.EISDIR, "read");
        }
        String content = files.get(path);
        if (content != null) {
            return content;
        }
        return new Failed(parentIsAFile(path) ? Errno.ENOTDIR : Errno.ENOENT, "open");
    }

    /** fs.writeFile: null when written, else the error Node gives on open. */
    Failed writeFile(String path, String content, long timeMs) {
        if (directories.contains(path)) {
            return new Failed(Errno.EISDIR, "open");
        }
        String parent = ModulePaths.dirname(path);
        if (!directories.contains(parent)) {
            return new Failed(parentIsAFile(path) ? Errno.ENOTDIR : Errno.ENOENT, "open");
        }
        put(path, content, timeMs);
        return null;
    }

    /** fs.readdir: the names in the directory, sorted, or the error Node gives on scandir. */
    Object readdir(String path) {
        if (files.containsKey(path)) {
            return new Failed(Errno.ENOTDIR, "scandir");
        }
        if (!directories.contains(path)) {
            return new Failed(parentIsAFile(path) ? Errno.ENOTDIR : Errno.ENOENT, "scandir");
        }
        String prefix = path.endsWith("/") ? path : path + "/";
        TreeSet<String> names = new TreeSet<>();
        for (String p : files.keySet()) {
            addChild(names, prefix, p);
        }
        for (String d : directories) {
            addChild(names, prefix, d);
        }
        return new ArrayList<>(names);
    }

    private static void addChild(TreeSet<String> names, String prefix, String path) {
        if (path.startsWith(prefix) && path.length() > prefix.length()) {
            String rest = path.substring(prefix.length());
            int slash = rest.indexOf('/');
            names.add(slash < 0 ? rest : rest.substring(0, slash));
        }
    }

    /** fs.stat: what the path is, or the error Node gives on stat. */
    Object stat(String path) {
        if (directories.contains(path)) {
            return new Stat(true, 4096, 0);
        }
        String content = files.get(path);
        if (content != null) {
            return new Stat(
                    false, content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, modified.get(path));
        }
        return new Failed(parentIsAFile(path) ? Errno.ENOTDIR : Errno.ENOENT, "stat");
    }

    private boolean parentIsAFile(String path) {
        for (String dir = ModulePaths.dirname(path); !dir.equals("/"); dir = ModulePaths.dirname(dir)) {
            if (files.containsKey(dir)) {
                return true;
            }
        }
        return false;
    }
}
