package dev.loopsim.io;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One answer of the fake network: {@code fetch} requests whose method and URL match get this status,
 * headers and body after a latency drawn from {@code latency} (the setup's default when null), unless
 * {@code failure} (optional) strikes.
 *
 * @param method upper-case HTTP method, or null for any
 * @param url the URL pattern; {@code *} matches any run of characters
 * @param headers response headers in the order given
 * @param body the response body as text (front-matter mappings and lists arrive here as JSON)
 */
public record Route(
        String method,
        String url,
        int status,
        Map<String, String> headers,
        String body,
        LatencyModel latency,
        Failure failure) {

    public Route {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a route needs a url");
        }
        method = method == null ? null : method.strip().toUpperCase(Locale.ROOT);
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("a route's status must be from 200 to 599, got " + status);
        }
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? "" : body;
    }

    /** A GET-or-anything route answering 200 with {@code body} after the default latency. */
    public static Route of(String url, String body) {
        return new Route(null, url, 200, Map.of(), body, null, null);
    }

    public Route withLatency(LatencyModel model) {
        return new Route(method, url, status, headers, body, model, failure);
    }

    /** Whether a request for {@code requestUrl} with {@code requestMethod} is answered by this route. */
    public boolean matches(String requestMethod, String requestUrl) {
        if (method != null && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        return urlPattern().matcher(requestUrl).matches();
    }

    private Pattern urlPattern() {
        return Pattern.compile(String.join(
                ".*", Arrays.stream(url.split("\\*", -1)).map(Pattern::quote).toList()));
    }
}
