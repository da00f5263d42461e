package dev.loopsim.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything fake I/O needs to know for one run: the seed of its draws, the default latency, the routes
 * fetch answers from and the files besides the script. The scenario front-matter builds one; a plain
 * script runs with {@link #NONE}; {@code --seed} and {@code --latency} adjust it.
 *
 * @param latency the latency of I/O no route or file configures; {@code fixed(1)} when null
 */
public record IoSetup(long seed, LatencyModel latency, List<Route> routes, List<FileSpec> files) {

    /** A plain script: seed 0, {@code fixed(1)}, no routes (every fetch fails), only the script's own file. */
    public static final IoSetup NONE = new IoSetup(0, LatencyModel.DEFAULT, List.of(), List.of());

    public IoSetup {
        latency = latency == null ? LatencyModel.DEFAULT : latency;
        routes = List.copyOf(routes);
        files = List.copyOf(files);
    }

    public IoSetup withSeed(long newSeed) {
        return new IoSetup(newSeed, latency, routes, files);
    }

    /**
     * {@code --latency TARGET=MODEL}: {@code default} sets the default latency; a route's URL pattern sets
     * that route's; any other target is a file path (as the setup writes it) and sets that file's.
     */
    public IoSetup withLatency(String target, LatencyModel model) {
        if (target.equals("default")) {
            return new IoSetup(seed, model, routes, files);
        }
        if (routes.stream().anyMatch(r -> r.url().equals(target))) {
            List<Route> changed = routes.stream()
                    .map(r -> r.url().equals(target) ? r.withLatency(model) : r)
                    .toList();
            return new IoSetup(seed, latency, changed, files);
        }
        if (target.contains("://")) {
            throw new IllegalArgumentException("--latency " + target + "=" + model + ": no route has the URL pattern '"
                    + target + "' (routes: "
                    + (routes.isEmpty()
                            ? "none"
                            : String.join(", ", routes.stream().map(Route::url).toList()))
                    + ")");
        }
        List<FileSpec> changed = new ArrayList<>();
        boolean found = false;
        for (FileSpec f : files) {
            if (f.path().equals(target)) {
                changed.add(f.withLatency(model));
                found = true;
            } else {
                changed.add(f);
            }
        }
        if (!found) {
            changed.add(new FileSpec(target, null, model, null));
        }
        return new IoSetup(seed, latency, routes, changed);
    }
}
