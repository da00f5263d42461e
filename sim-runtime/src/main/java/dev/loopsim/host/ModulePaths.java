package dev.loopsim.host;

import java.util.ArrayList;
import java.util.List;

/**
 * POSIX path arithmetic as Node's {@code path.posix} does it (normalize, dirname, resolve), on strings, so
 * that module resolution never touches a real filesystem.
 */
final class ModulePaths {
    private ModulePaths() {}

    /** path.posix.resolve(base, path) for an absolute {@code base}. */
    static String resolve(String base, String path) {
        return normalize(path.startsWith("/") ? path : base + "/" + path);
    }

    /** path.posix.normalize of an absolute path: no ".", "..", or repeated or trailing slashes. */
    static String normalize(String absolute) {
        List<String> parts = new ArrayList<>();
        for (String part : absolute.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** path.posix.dirname of a normalized absolute path. */
    static String dirname(String absolute) {
        int slash = absolute.lastIndexOf('/');
        return slash <= 0 ? "/" : absolute.substring(0, slash);
    }

    /** The extension of the last path segment, with its dot ("" when there is none), as path.extname. */
    static String extname(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot);
    }

    /** Module._nodeModulePaths: node_modules in the directory and in each of its ancestors. */
    static List<String> nodeModulePaths(String directory) {
        List<String> paths = new ArrayList<>();
        String dir = normalize(directory);
        while (true) {
            if (!dir.endsWith("/node_modules")) {
                paths.add((dir.equals("/") ? "" : dir) + "/node_modules");
            }
            if (dir.equals("/")) {
                return paths;
            }
            dir = dirname(dir);
        }
    }
}
