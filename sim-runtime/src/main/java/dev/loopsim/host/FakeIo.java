package dev.loopsim.host;

import dev.loopsim.io.Errno;
import dev.loopsim.io.Failure;
import dev.loopsim.io.FileSpec;
import dev.loopsim.io.HttpStatus;
import dev.loopsim.io.IoSetup;
import dev.loopsim.io.LatencyModel;
import dev.loopsim.io.Route;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.value.JsError;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import dev.loopsim.loop.Draw;
import dev.loopsim.loop.EventLoop;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fake I/O of one simulation: the Java half of {@code fs} and {@code fetch}. Each operation draws its
 * latency (and whether its failure strikes) through the run's choice source, computes its result against
 * the fake filesystem or the setup's routes when it starts, and calls back from a poll-phase macrotask
 * when it completes. The JavaScript built-ins shape the results into Node's objects.
 */
final class FakeIo {
    private final Realm realm;
    private final EventLoop loop;
    private final IoSetup setup;
    private final FakeFileSystem files = new FakeFileSystem();
    /** The main script's directory: the setup's relative file paths start here. */
    private String scriptDirectory = "/";

    FakeIo(Realm realm, EventLoop loop, IoSetup setup) {
        this.realm = realm;
        this.loop = loop;
        this.setup = setup;
    }

    /** The main script and the setup's files become the filesystem's content. */
    void mainScript(String absolutePath, String text) {
        scriptDirectory = ModulePaths.dirname(absolutePath);
        files.put(absolutePath, text, 0);
        for (FileSpec f : setup.files()) {
            if (f.content() != null) {
                files.put(ModulePaths.resolve(scriptDirectory, f.path()), f.content(), 0);
            }
        }
    }

    /** The binding the JavaScript built-ins call: {@code fs(op, path, data, callback)}, {@code fetch(…)}. */
    JsObject binding() {
        JsObject io = realm.newObject();
        realm.method(io, "fs", 4, (t, a, n) -> {
            fs(str(a, 0), ModulePaths.resolve("/", str(a, 1)), a.length > 2 ? a[2] : Undefined.INSTANCE, (JsFunction)
                    a[3]);
            return Undefined.INSTANCE;
        });
        realm.method(io, "fetch", 3, (t, a, n) -> {
            fetch(str(a, 0), str(a, 1), (JsFunction) a[2]);
            return Undefined.INSTANCE;
        });
        realm.method(io, "internalSite", 5, (t, a, n) -> {
            if (a[0] instanceof JsError e) {
                internalSite(
                        e,
                        str(a, 1),
                        (int) Operations.toNumber(realm, a[2]),
                        (int) Operations.toNumber(realm, a[3]),
                        str(a, 4));
            }
            return Undefined.INSTANCE;
        });
        return io;
    }

    private static String str(Object[] a, int i) {
        return i < a.length && a[i] instanceof String s ? s : String.valueOf(i < a.length ? a[i] : "");
    }

    // ---- fs ----------------------------------------------------------------------------------------

    /** One fs operation: readFile, writeFile, readdir or stat on an absolute path. */
    private void fs(String op, String path, Object data, JsFunction callback) {
        FileSpec spec = specFor(path);
        String target = spec != null && spec.latency() != null ? spec.path() : "default";
        LatencyModel model = spec != null && spec.latency() != null ? spec.latency() : setup.latency();
        long latency = loop.draw(new Draw.Latency(target, model));
        Failure failure = spec != null ? spec.failure() : null;
        boolean fails = failure != null && loop.draw(new Draw.Failing(spec.path(), failure)) == 1;
        Object result;
        if (fails) {
            result = injected(op, failure.effect());
        } else {
            result = switch (op) {
                case "readFile" -> files.readFile(path);
                case "writeFile" -> files.writeFile(path, Operations.toString(realm, data), loop.now());
                case "readdir" -> files.readdir(path);
                case "stat" -> files.stat(path);
                default -> throw new IllegalArgumentException("fs operation " + op);
            };
        }
        Object outcome = result;
        String outcomeName =
                outcome instanceof FakeFileSystem.Failed f ? f.errno().name() : "ok";
        loop.startIo(op + " " + path, latency, outcomeName, () -> {
            Object error = Undefined.INSTANCE;
            Object value = Undefined.INSTANCE;
            if (outcome instanceof FakeFileSystem.Failed f) {
                error = errorInfo(f, path);
            } else if (outcome instanceof String text) {
                value = text;
            } else if (outcome instanceof List<?> names) {
                value = realm.newArray(names);
            } else if (outcome instanceof FakeFileSystem.Stat s) {
                JsObject stat = realm.newObject();
                stat.set("directory", s.directory());
                stat.set("size", (double) s.size());
                stat.set("mtimeMs", (double) (NodeHost.EPOCH_AT_START_MS + s.mtimeMs()));
                value = stat;
            }
            callback.call(Undefined.INSTANCE, new Object[] {error, value});
        });
    }

    /** A failure the setup injected: a network failure is EIO on the data syscall, an errno fails the first syscall. */
    private static FakeFileSystem.Failed injected(String op, Failure.Effect effect) {
        if (effect instanceof Failure.SystemError s) {
            return new FakeFileSystem.Failed(
                    s.errno(),
                    switch (op) {
                        case "readdir" -> "scandir";
                        case "stat" -> "stat";
                        default -> "open";
                    });
        }
        return new FakeFileSystem.Failed(
                Errno.EIO,
                switch (op) {
                    case "readFile" -> "read";
                    case "writeFile" -> "write";
                    case "readdir" -> "scandir";
                    default -> "stat";
                });
    }

    /** The fields of Node's uvException: errno, code, syscall, and the path for path-based syscalls. */
    private JsObject errorInfo(FakeFileSystem.Failed f, String path) {
        JsObject info = realm.newObject();
        info.set("errno", (double) f.errno().errno());
        info.set("code", f.errno().name());
        info.set("syscall", f.syscall());
        String message = f.errno().name() + ": " + f.errno().message() + ", " + f.syscall();
        if (!f.syscall().equals("read") && !f.syscall().equals("write")) {
            info.set("path", path);
            message += " '" + path + "'";
        }
        info.set("message", message);
        return info;
    }

    /** The setup's entry for an absolute path, if it has one. */
    private FileSpec specFor(String path) {
        for (FileSpec f : setup.files()) {
            if (ModulePaths.resolve(scriptDirectory, f.path()).equals(path)) {
                return f;
            }
        }
        return null;
    }

    // ---- fetch -------------------------------------------------------------------------------------

    /** One request: the first route that matches answers, else the host does not resolve. */
    private void fetch(String method, String url, JsFunction callback) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        String host = uri == null || uri.getHost() == null ? "" : uri.getHost();
        int port = uri == null ? -1 : uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        Route route = null;
        for (Route r : setup.routes()) {
            if (r.matches(method, url)) {
                route = r;
                break;
            }
        }
        String target = route != null && route.latency() != null ? route.url() : "default";
        LatencyModel model = route != null && route.latency() != null ? route.latency() : setup.latency();
        long latency = loop.draw(new Draw.Latency(target, model));
        Failure.Effect effect = null;
        if (route == null) {
            effect = new Failure.NetworkError();
        } else if (route.failure() != null && loop.draw(new Draw.Failing(route.url(), route.failure())) == 1) {
            effect = route.failure().effect();
        }
        Route answering = route;
        Failure.Effect failed = effect;
        String outcome = failed == null
                ? Integer.toString(route.status())
                : failed instanceof Failure.HttpError h ? Integer.toString(h.status()) : failed.outcome();
        loop.startIo("fetch " + method + " " + url, latency, outcome, () -> {
            Object error = Undefined.INSTANCE;
            Object response = Undefined.INSTANCE;
            if (answering == null) {
                error = networkError("getaddrinfo", Errno.named("ENOTFOUND").orElse(null), host, -1);
            } else if (failed instanceof Failure.NetworkError) {
                error = networkError("connect", Errno.named("ECONNREFUSED").orElseThrow(), host, port);
            } else if (failed instanceof Failure.SystemError s) {
                error = networkError("connect", s.errno(), host, port);
            } else {
                int status = failed instanceof Failure.HttpError h ? h.status() : answering.status();
                response = response(
                        status,
                        failed == null ? answering.headers() : Map.of(),
                        failed == null ? answering.body() : "",
                        url);
            }
            callback.call(Undefined.INSTANCE, new Object[] {error, response});
        });
    }

    /**
     * The cause of {@code TypeError: fetch failed} as Node shapes it: {@code getaddrinfo ENOTFOUND host}
     * when no route answers, {@code connect ECONNREFUSED host:port} (or another errno) when one fails.
     */
    private JsObject networkError(String syscall, Errno errno, String host, int port) {
        JsObject info = realm.newObject();
        if (syscall.equals("getaddrinfo")) {
            info.set("message", "getaddrinfo ENOTFOUND " + host);
            info.set("errno", -3008.0); // libuv's UV_EAI_NONAME, as node printed it
            info.set("code", "ENOTFOUND");
            info.set("syscall", syscall);
            info.set("hostname", host);
        } else {
            info.set("message", "connect " + errno.name() + " " + host + ":" + port);
            info.set("errno", (double) errno.errno());
            info.set("code", errno.name());
            info.set("syscall", syscall);
            info.set("address", host);
            info.set("port", (double) port);
        }
        return info;
    }

    private JsObject response(int status, Map<String, String> headers, String body, String url) {
        JsObject response = realm.newObject();
        response.set("status", (double) status);
        response.set("statusText", HttpStatus.text(status));
        List<Object> pairs = new ArrayList<>();
        headers.forEach((k, v) -> pairs.add(realm.newArray(List.of(k, v))));
        response.set("headers", realm.newArray(pairs));
        response.set("body", body);
        response.set("url", url);
        return response;
    }

    // ---- where Node's internals report an error ----------------------------------------------------

    /**
     * Makes {@code error} look created at {@code line:column} of Node's internal file {@code file}, whose
     * text there is {@code lineText}: the first lines of Node's crash report when nothing handles it.
     */
    private static void internalSite(JsError error, String file, int line, int column, String lineText) {
        String text = "\n".repeat(line - 1) + lineText + "\n";
        error.createdAt(new Source(file, text), line - 1 + column - 1);
    }
}
