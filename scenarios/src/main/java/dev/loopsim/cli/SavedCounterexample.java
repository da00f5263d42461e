package dev.loopsim.cli;

import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.run.Choice;
import dev.loopsim.scenario.FrontMatterText;
import dev.loopsim.scenario.PinnedChoice;
import dev.loopsim.scenario.Scenario;
import dev.loopsim.scenario.ScenarioError;
import dev.loopsim.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code loopsim explore --save DIR}: the minimal counterexample as a regression scenario. {@code DIR/NAME.js}
 * is the script with its front-matter extended by {@code pinned:} (every decision of the minimal run) and
 * a description of what failed and how it was found; its timing expectations, which were about other
 * schedules, are dropped. {@code NAME.out} and {@code NAME.code} come from running the saved file the way
 * {@code loopsim check} runs it, so {@code check DIR} passes until the behaviour changes. What keeps it
 * from saving is a {@link UserError} with exit code 1: a run failed, whether or not it was saved.
 */
final class SavedCounterexample {

    /** What was written, and whether the saved file replays the counterexample's stdout and exit code. */
    record Saved(Path script, List<String> written, List<String> problems) {}

    private SavedCounterexample() {}

    static Saved save(
            ScenarioFile original,
            Path dir,
            Exploration exploration,
            Exploration.Counterexample counterexample,
            String replay) {
        String name = original.file().getFileName().toString();
        Path target = dir.resolve(name);
        try {
            if (Files.exists(target) && Files.isSameFile(target, original.file())) {
                throw new UserError(
                        "loopsim explore: --save " + dir + " would overwrite " + original.file()
                                + " itself; save into another directory",
                        ExitCodes.SCRIPT_ERROR);
            }
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
        List<String> pinned = counterexample.minimalRun().choices().stream()
                .map(Choice::toString)
                .toList();
        String text;
        try {
            text = FrontMatterText.edit(
                    original.file(),
                    original.source().text(),
                    List.of(
                            new FrontMatterText.Entry(
                                    "description",
                                    FrontMatterText.block(description(original, exploration, counterexample, replay))),
                            new FrontMatterText.Entry("pinned", FrontMatterText.list(pinned))),
                    Set.of("expect"));
        } catch (IllegalArgumentException e) {
            throw new UserError("loopsim explore: cannot save: " + e.getMessage(), ExitCodes.SCRIPT_ERROR);
        }
        Scenario reread;
        try {
            reread = ScenarioReader.read(target, text);
        } catch (ScenarioError e) {
            throw new UserError(
                    "loopsim explore: cannot save: the front-matter written for " + target + " does not read back: "
                            + e.problem(),
                    ExitCodes.SCRIPT_ERROR);
        }
        if (!reread.pinned().stream().map(PinnedChoice::toString).toList().equals(pinned)) {
            throw new UserError(
                    "loopsim explore: cannot save: the pinned: answers written for " + target
                            + " do not read back as written",
                    ExitCodes.SCRIPT_ERROR);
        }
        List<String> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            written.add((Files.exists(target) ? "replaced " : "created ") + target);
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
        ScenarioFile saved = ScenarioFile.read(target);
        StringBuilder stdout = new StringBuilder();
        ScenarioRun.Result result = ScenarioRun.run(
                saved, ScenarioRun.Overrides.NONE, line -> stdout.append(line).append('\n'), line -> {}, List.of());
        written.addAll(GoldenFiles.of(target).update(stdout.toString(), result.exitCode()));
        List<String> problems = new ArrayList<>(result.pinWarnings());
        if (!stdout.toString().equals(counterexample.minimalRun().stdout())
                || result.exitCode() != counterexample.minimalRun().exitCode()) {
            problems.add("the saved scenario does not print and exit as the counterexample did (exit "
                    + result.exitCode() + " instead of "
                    + counterexample.minimalRun().exitCode()
                    + "); does it print its own line numbers, or need files beside " + original.file() + "?");
        }
        return new Saved(target, written, problems);
    }

    /** What failed and how it was found, for the saved scenario's description. */
    private static String description(
            ScenarioFile original, Exploration exploration, Exploration.Counterexample c, String replay) {
        StringBuilder out = new StringBuilder();
        out.append("A counterexample saved by loopsim explore from ")
                .append(original.file().getFileName())
                .append(": ")
                .append(c.violation())
                .append('\n');
        out.append("Found by the ")
                .append(exploration.strategy())
                .append(" strategy with seed ")
                .append(exploration.seed())
                .append(" at run ")
                .append(c.run() + 1)
                .append(" of ")
                .append(exploration.runs())
                .append(", shrunk to --replay ")
                .append(replay)
                .append(".\n");
        out.append("Its decisions are pinned below: check replays this schedule; once the bug is fixed, review the new"
                + " output with check and accept it with check --update.");
        String was = original.scenario().description();
        if (!was.isBlank()) {
            out.append("\nThe scenario: ").append(was.strip());
        }
        return out.toString();
    }

    private static UserError cannotWrite(Path target, IOException e) {
        return new UserError("loopsim explore: cannot write " + target + ": " + e.getMessage(), ExitCodes.SCRIPT_ERROR);
    }
}
