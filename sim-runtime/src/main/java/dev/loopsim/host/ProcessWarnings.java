package dev.loopsim.host;

import dev.loopsim.js.builtins.NodeErrors;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPrimitiveWrapper;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import dev.loopsim.loop.EventLoop;
import java.util.function.Consumer;

/**
 * {@code process.emitWarning} and Node's default {@code 'warning'} listener (lib/internal/process/warning.js):
 * a warning is emitted on the next tick and printed to stderr as {@code (node:PID) Name: message}, the
 * first one followed by the {@code --trace-warnings} hint.
 */
final class ProcessWarnings {
    private final Realm realm;
    private final EventLoop loop;
    private final NodeHost host;
    private final Consumer<String> stderr;
    private boolean traceWarningHelperShown;

    ProcessWarnings(Realm realm, EventLoop loop, NodeHost host, Consumer<String> stderr) {
        this.realm = realm;
        this.loop = loop;
        this.host = host;
        this.stderr = stderr;
    }

    /** Defines process.emitWarning and adds onWarning as the first 'warning' listener, as Node's bootstrap does. */
    void install(JsObject process) {
        realm.method(process, "emitWarning", 4, (t, a, n) -> {
            emitWarning(arg(a, 0), arg(a, 1), arg(a, 2));
            return Undefined.INSTANCE;
        });
        host.addProcessListener("warning", realm.function("onWarning", 1, (t, a, n) -> {
            onWarning(arg(a, 0));
            return Undefined.INSTANCE;
        }));
    }

    private static Object arg(Object[] a, int i) {
        return i < a.length ? a[i] : Undefined.INSTANCE;
    }

    /** warning.js emitWarning(warning, type, code): a string becomes a warning object; emitted on the next tick. */
    void emitWarning(Object warning, Object type, Object code) {
        String detail = null;
        if (type instanceof JsObject options && !(type instanceof JsFunction)) {
            code = options.get("code");
            if (options.get("detail") instanceof String s) {
                detail = s;
            }
            Object optionType = options.get("type");
            type = Values.toBoolean(optionType) ? optionType : "Warning";
        } else if (type instanceof JsFunction) {
            code = Undefined.INSTANCE;
            type = "Warning";
        }
        if (type != Undefined.INSTANCE && !(type instanceof String)) {
            throw NodeErrors.invalidArgType(realm, "type", "string", type);
        }
        if (code instanceof JsFunction) {
            code = Undefined.INSTANCE;
        } else if (code != Undefined.INSTANCE && !(code instanceof String)) {
            throw NodeErrors.invalidArgType(realm, "code", "string", code);
        }
        JsObject warningObject;
        if (warning instanceof String message) {
            warningObject = createWarningObject(message, type == Undefined.INSTANCE ? "Warning" : (String) type);
            if (code != Undefined.INSTANCE) {
                warningObject.set("code", code);
            }
            if (detail != null) {
                warningObject.set("detail", detail);
            }
        } else if (isError(warning)) {
            warningObject = (JsObject) warning;
        } else {
            throw NodeErrors.invalidArgType(realm, "warning", "string or an instance of Error", warning);
        }
        emitWarning(warningObject);
    }

    /** The last step of emitWarning: process.nextTick(doEmitWarning, warning). */
    void emitWarning(JsObject warning) {
        loop.nextTick("doEmitWarning", () -> host.emit("warning", warning));
    }

    /** warning.js createWarningObject: an Error named after the warning's type. */
    JsObject createWarningObject(String message, String type) {
        JsObject warning = realm.newError(realm.errorPrototype, message);
        warning.set("name", type);
        warning.defineOwn("stack", type + ": " + message, Property.HIDDEN);
        return warning;
    }

    private boolean isError(Object value) {
        if (value instanceof JsObject o && !(value instanceof JsPrimitiveWrapper)) {
            for (JsObject p = o.getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
                if (p == realm.errorPrototype) {
                    return true;
                }
            }
        }
        return false;
    }

    /** warning.js onWarning: the default 'warning' listener prints the warning to stderr. */
    private void onWarning(Object value) {
        if (!isError(value)) {
            return;
        }
        JsObject warning = (JsObject) value;
        boolean isDeprecation = "DeprecationWarning".equals(warning.get("name"));
        StringBuilder message = new StringBuilder("(node:").append(NodeHost.PID).append(") ");
        Object code = warning.get("code");
        if (Values.toBoolean(code)) {
            message.append('[').append(Operations.toString(realm, code)).append("] ");
        }
        Object toString = warning.get("toString");
        message.append(
                toString instanceof JsFunction f
                        ? Operations.toString(realm, f.call(warning, new Object[0]))
                        : errorToString(warning));
        if (warning.get("detail") instanceof String detail) {
            message.append('\n').append(detail);
        }
        if (!traceWarningHelperShown) {
            message.append("\n(Use `node ")
                    .append(isDeprecation ? "--trace-deprecation" : "--trace-warnings")
                    .append(" ...` to show where the warning was created)");
            traceWarningHelperShown = true;
        }
        stderr.accept(message.toString());
    }

    /** ECMA-262 §20.5.3.4 Error.prototype.toString, for a warning whose toString is not callable. */
    private String errorToString(JsObject error) {
        Object name = error.get("name");
        Object msg = error.get("message");
        String n = name == Undefined.INSTANCE ? "Error" : Operations.toString(realm, name);
        String m = msg == Undefined.INSTANCE ? "" : Operations.toString(realm, msg);
        return n.isEmpty() ? m : m.isEmpty() ? n : n + ": " + m;
    }
}
