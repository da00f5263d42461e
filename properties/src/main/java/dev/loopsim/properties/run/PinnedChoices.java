package dev.loopsim.properties.run;

import dev.loopsim.scenario.PinnedChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The choice stream of a scenario with {@code pinned:} answers (a saved counterexample): a decision whose
 * key is pinned takes that answer, read back through the decision ({@code 21 ms} is {@code 21 - min},
 * {@code 2nd}, {@code timeout}, {@code fails}); every other decision takes 0. One stream serves one run,
 * and afterwards says which pins the run never met or could not use, for a warning.
 */
public final class PinnedChoices implements ChoiceStream {
    private final Map<String, PinnedChoice> pins = new LinkedHashMap<>();
    private final Map<String, PinnedChoice> unmet = new LinkedHashMap<>();
    private final List<String> misfits = new ArrayList<>();

    public PinnedChoices(List<PinnedChoice> pinned) {
        for (PinnedChoice pin : pinned) {
            pins.put(pin.key(), pin);
            unmet.put(pin.key(), pin);
        }
    }

    @Override
    public int next(Decision decision) {
        PinnedChoice pin = pins.get(decision.key());
        if (pin == null) {
            return 0;
        }
        unmet.remove(pin.key());
        int index = decision.answerIndex(pin.answer());
        if (index < 0) {
            misfits.add("pinned " + pin + " is not an answer of that decision (" + decision.answers()
                    + "): it took the default, " + decision.describe(0));
            return 0;
        }
        return index;
    }

    /** The pins whose decision the run never met, in the order written. */
    public List<PinnedChoice> unmet() {
        return List.copyOf(unmet.values());
    }

    /** One line for each pin the run met but could not use (an answer out of the decision's range). */
    public List<String> misfits() {
        return List.copyOf(misfits);
    }

    /** Everything a person should hear about the pins after a run: misfits, then pins never met. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>(misfits);
        for (PinnedChoice pin : unmet.values()) {
            out.add("pinned " + pin + " was never asked: the run never reached that decision");
        }
        return out;
    }
}
