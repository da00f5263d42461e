package dev.loopsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The expectations recorded beside a scenario: {@code NAME.out} (its stdout) and {@code NAME.code} (its
 * exit code, only when not 0). {@code check --update} rewrites them; reading a broken one is a usage error.
 */
record GoldenFiles(Path out, Path code) {

    static GoldenFiles of(Path scenario) {
        String name = scenario.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        return new GoldenFiles(scenario.resolveSibling(base + ".out"), scenario.resolveSibling(base + ".code"));
    }

    /** The recorded stdout; empty when there is no {@code .out} yet. */
    Optional<String> stdout() {
        if (!Files.exists(out)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserError("loopsim check: cannot read " + out + ": " + e.getMessage(), ExitCodes.USAGE);
        }
    }

    /** The recorded exit code: 0 without a {@code .code} file. */
    int exitCode() {
        if (!Files.exists(code)) {
            return 0;
        }
        String text;
        try {
            text = Files.readString(code, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UserError("loopsim check: cannot read " + code + ": " + e.getMessage(), ExitCodes.USAGE);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UserError(
                    "loopsim check: " + code + ": expected an exit code, got '" + text + "'", ExitCodes.USAGE);
        }
    }

    /** Writes what a run printed and exited with; returns a line for each file it changed. */
    List<String> update(String stdout, int exitCode) {
        List<String> changed = new ArrayList<>();
        try {
            if (!stdout().equals(Optional.of(stdout))) {
                changed.add((Files.exists(out) ? "updated " : "created ") + out);
                Files.writeString(out, stdout, StandardCharsets.UTF_8);
            }
            if (exitCode == 0 && Files.exists(code)) {
                Files.delete(code);
                changed.add("deleted " + code);
            } else if (exitCode != 0 && (!Files.exists(code) || exitCode() != exitCode)) {
                changed.add((Files.exists(code) ? "updated " : "created ") + code);
                Files.writeString(code, exitCode + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UserError("loopsim check: cannot write beside " + out + ": " + e.getMessage(), ExitCodes.USAGE);
        }
        return changed;
    }
}
