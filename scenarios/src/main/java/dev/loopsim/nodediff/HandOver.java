package dev.loopsim.nodediff;

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
