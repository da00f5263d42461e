package dev.loopsim.nodediff;

import dev.loopsim.io.FileSpec;
import dev.loopsim.io.IoSetup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What node's prelude needs to replay a loopsim run: the time scale, loopsim's I/O draws in start order,
 * the scenario's routes and its files (absolute path → content). Written as JSON for the prelude.
 */
public record HandOver(double scale, List<IoDraw> io, List<Route> routes, Map<String, String> files) {

    /** One fetch route: a URL pattern ({@code *} matches any run of characters), the answer it gives. */
    public record Route(String url, String method, int status, Map<String, String> headers, String body) {}

    /**
     * The hand-over for a run of {@code script} with {@code setup}: its routes, and its files (paths
     * relative to the script's directory made absolute) with the script itself, which the fake fs holds.
     */
    public static HandOver of(double scale, List<IoDraw> io, IoSetup setup, Path script, String scriptText) {
        Path dir = script.toAbsolutePath().normalize().getParent();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(script.toAbsolutePath().normalize().toString(), scriptText);
        for (FileSpec f : setup.files()) {
            if (f.content() != null) {
                files.put(dir.resolve(f.path()).normalize().toString(), f.content());
            }
        }
        List<Route> routes = setup.routes().stream()
                .map(r -> new Route(r.url(), r.method(), r.status(), r.headers(), r.body()))
                .toList();
        return new HandOver(scale, io, routes, files);
    }

    /** The JSON the prelude reads from the file named by {@code LOOPSIM_HANDOVER}. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scale", scale);
        List<Object> draws = new ArrayList<>();
        for (IoDraw d : io) {
            Map<String, Object> draw = new LinkedHashMap<>();
            draw.put("op", d.op());
            draw.put("latency", d.latency());
            draw.put("outcome", d.outcome());
            draws.add(draw);
        }
        json.put("io", draws);
        List<Object> routeList = new ArrayList<>();
        for (Route r : routes) {
            Map<String, Object> route = new LinkedHashMap<>();
            route.put("url", r.url());
            route.put("method", r.method());
            route.put("status", r.status());
            route.put("headers", r.headers());
            route.put("body", r.body());
            routeList.add(route);
        }
        json.put("routes", routeList);
        json.put("files", files);
        return Json.write(json);
    }
}
