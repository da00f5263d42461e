package dev.loopsim.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceSourceTest {

    private static final ChoicePoint P = ChoicePoint.TIMEOUT_VS_IMMEDIATE;
    private static final ChoicePoint Q = ChoicePoint.TIMER_MS_BOUNDARY;

    @Test
    void withNothingForcedEveryPointTakesNodesMoreFrequentOutcome() {
        ChoiceSource source = ChoiceSource.defaults();

        assertThat(List.of(source.choose(P), source.choose(Q), source.choose(P)))
                .containsOnly(0);
        assertThat(source.taken())
                .extracting(ChoiceSource.Taken::asOption)
                .containsExactly(
                        "timeout-vs-immediate@1=immediate",
                        "timer-ms-boundary@1=same-ms",
                        "timeout-vs-immediate@2=immediate");
    }

    @Test
    void aForcedOutcomeWithoutAnOccurrenceAppliesToEveryOccurrence() {
        ChoiceSource source = new ChoiceSource(
                List.of(ChoiceSource.Forced.parse("timeout-vs-immediate=timeout")), ChoiceSource.Strategy.DEFAULT);

        assertThat(List.of(source.choose(P), source.choose(P), source.choose(Q)))
                .containsExactly(1, 1, 0);
        assertThat(source.unused()).isEmpty();
    }

    @Test
    void aForcedOccurrenceWinsOverTheForcedDefaultForThatOccurrenceOnly() {
        ChoiceSource source = new ChoiceSource(
                List.of(
                        ChoiceSource.Forced.parse("timeout-vs-immediate=timeout"),
                        ChoiceSource.Forced.parse("timeout-vs-immediate@2=immediate")),
                ChoiceSource.Strategy.DEFAULT);

        assertThat(List.of(source.choose(P), source.choose(P), source.choose(P)))
                .containsExactly(1, 0, 1);
    }

    @Test
    void outcomesAreTakenByNameOrByIndex() {
        assertThat(ChoiceSource.Forced.parse("timer-ms-boundary=next-ms").outcome())
                .isEqualTo(1);
        assertThat(ChoiceSource.Forced.parse("timer-ms-boundary=1").outcome()).isEqualTo(1);
        assertThat(ChoiceSource.Forced.parse("timer-ms-boundary@3=0").occurrence())
                .isEqualTo(3);
    }

    @Test
    void aReplayTakesEveryRecordedDecisionAgain() {
        ChoiceSource first = new ChoiceSource(List.of(), ChoiceSource.Strategy.random(42));
        List<Integer> original = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            original.add(first.choose(i % 3 == 0 ? Q : P));
        }
        ChoiceSource replay = ChoiceSource.replaying(first.taken());
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            again.add(replay.choose(i % 3 == 0 ? Q : P));
        }

        assertThat(again).isEqualTo(original);
        assertThat(original).contains(0, 1);
    }

    @Test
    void theSameSeedPicksTheSameOutcomesAndAnotherSeedOthers() {
        List<Integer> a = picks(7);
        List<Integer> b = picks(7);
        List<Integer> c = picks(8);

        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    private static List<Integer> picks(long seed) {
        ChoiceSource source = new ChoiceSource(List.of(), ChoiceSource.Strategy.random(seed));
        List<Integer> picks = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            picks.add(source.choose(P));
        }
        return picks;
    }

    @Test
    void aForcedPointTheRunNeverAskedIsReportedUnused() {
        ChoiceSource source = new ChoiceSource(
                List.of(ChoiceSource.Forced.parse("timer-ms-boundary@2=next-ms")), ChoiceSource.Strategy.DEFAULT);
        source.choose(Q);

        assertThat(source.unused()).extracting(Object::toString).containsExactly("timer-ms-boundary@2=next-ms");
    }

    @Test
    void badChooseArgumentsSayWhatIsExpected() {
        assertThatThrownBy(() -> ChoiceSource.Forced.parse("timeout-vs-immediate"))
                .hasMessage("--choose timeout-vs-immediate: expected NAME=OUTCOME or NAME@K=OUTCOME");
        assertThatThrownBy(() -> ChoiceSource.Forced.parse("nope=1"))
                .hasMessageStartingWith("--choose nope=1: no choice point named 'nope' (known: timeout-vs-immediate");
        assertThatThrownBy(() -> ChoiceSource.Forced.parse("timeout-vs-immediate=later"))
                .hasMessage("--choose timeout-vs-immediate=later: 'timeout-vs-immediate' has the outcomes"
                        + " immediate, timeout");
        assertThatThrownBy(() -> ChoiceSource.Forced.parse("timeout-vs-immediate@0=timeout"))
                .hasMessageContaining("the occurrence after '@' must be a number from 1");
    }
}
