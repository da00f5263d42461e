package dev.loopsim.properties.run;

import dev.loopsim.loop.ChoicePoint;
import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.loop.Draw;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a run's choice points and draws from a {@link ChoiceStream}, one integer per decision, and
 * keeps the decisions with their answers: the explorer's view of the run. The command line runs a
 * {@code --replay} or a pinned scenario through it too, so it runs exactly what {@link Script} runs.
 */
public final class StreamStrategy implements ChoiceSource.Strategy {
    private final ChoiceStream stream;
    private final List<Choice> made = new ArrayList<>();

    public StreamStrategy(ChoiceStream stream) {
        this.stream = stream;
    }

    @Override
    public int pick(ChoicePoint point, int occurrence) {
        return answer(new Decision.Point(point, occurrence));
    }

    @Override
    public long draw(Draw draw, int occurrence) {
        Decision decision = Decision.of(draw, occurrence);
        if (decision == null) {
            return -1;
        }
        int index = answer(decision);
        return switch (decision) {
            case Decision.Latency l -> l.millis(index);
            default -> index;
        };
    }

    private int answer(Decision decision) {
        int index = Math.clamp(stream.next(decision), 0, decision.bound() - 1);
        made.add(new Choice(decision, index));
        return index;
    }

    /** The decisions answered so far, with their answers, in order. */
    public List<Choice> made() {
        return List.copyOf(made);
    }
}
