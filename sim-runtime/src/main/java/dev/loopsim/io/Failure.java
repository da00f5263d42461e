package dev.loopsim.io;

import java.util.List;

/**
 * Failure injection (docs/scenarios.md, "Failures"): with probability {@code probability} an operation
 * fails with {@code effect} instead of its configured answer. Whether it does is a draw through the choice source.
 */
public record Failure(double probability, Effect effect) {

    /** What a failing operation does instead. */
    public sealed interface Effect {
        /** The outcome's name in the trace: {@code network-error}, {@code 503}, {@code ENOENT}. */
        String outcome();
    }

    /** fetch rejects with {@code TypeError: fetch failed}; a file operation fails with {@code EIO}. */
    public record NetworkError() implements Effect {
        @Override
        public String outcome() {
            return "network-error";
        }
    }

    /** fetch answers with this status instead of the route's. */
    public record HttpError(int status) implements Effect {
        public HttpError {
            if (status < 200 || status > 599) {
                throw new IllegalArgumentException("an HTTP failure status must be from 200 to 599, got " + status);
            }
        }

        @Override
        public String outcome() {
            return Integer.toString(status);
        }
    }

    /** A file operation fails with this libuv error. */
    public record SystemError(Errno errno) implements Effect {
        @Override
        public String outcome() {
            return errno.name();
        }
    }

    public Failure {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException(
                    "fail(" + ModelText.print(probability) + "): the probability must be from 0 to 1");
        }
        if (effect == null) {
            throw new IllegalArgumentException("a failure needs an effect");
        }
    }

    /** {@code fail(p)}: a network error with probability p. */
    public static Failure fail(double probability) {
        return new Failure(probability, new NetworkError());
    }

    /** {@code fail(p, 503)}: that HTTP status with probability p. */
    public static Failure fail(double probability, int status) {
        return new Failure(probability, new HttpError(status));
    }

    /** {@code fail(p, ENOENT)}: that errno with probability p. */
    public static Failure fail(double probability, Errno errno) {
        return new Failure(probability, new SystemError(errno));
    }

    /** Reads {@code fail(p)}, {@code fail(p, 503)} or {@code fail(p, ENOENT)}; a malformed one throws with a message a user can act on. */
    public static Failure parse(String text) {
        String t = text.strip();
        ModelText call = ModelText.split(t);
        if (call == null || !call.name().equals("fail")) {
            throw new IllegalArgumentException(
                    "expected a failure such as fail(0.1), fail(0.1, 503) or fail(0.1, ENOENT), got '" + t + "'");
        }
        List<String> args = call.arguments();
        if (args.isEmpty() || args.size() > 2) {
            throw new IllegalArgumentException(t + ": expected fail(p), fail(p, STATUS) or fail(p, ERRNO)");
        }
        Double p = ModelText.number(args.get(0));
        if (p == null) {
            throw new IllegalArgumentException(t + ": the probability '" + args.get(0) + "' is not a number");
        }
        if (args.size() == 1) {
            return new Failure(p, new NetworkError());
        }
        String what = args.get(1);
        if (what.matches("\\d+")) {
            return new Failure(p, new HttpError(Integer.parseInt(what)));
        }
        Errno errno = Errno.named(what)
                .orElseThrow(() -> new IllegalArgumentException(
                        t + ": '" + what + "' is neither an HTTP status nor an errno name such as ENOENT or EACCES"));
        return new Failure(p, new SystemError(errno));
    }

    @Override
    public String toString() {
        String p = ModelText.print(probability);
        return switch (effect) {
            case NetworkError n -> "fail(" + p + ")";
            case HttpError h -> "fail(" + p + ", " + h.status() + ")";
            case SystemError s -> "fail(" + p + ", " + s.errno().name() + ")";
        };
    }
}
