package dev.loopsim.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopsim.io.Failure;
import dev.loopsim.io.LatencyModel;
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

    private static final Draw USER =
            new Draw.Latency("https://api.example.com/user/*", LatencyModel.parse("uniform(1, 1000)"));
    private static final Draw SLOW = new Draw.Latency("default", LatencyModel.parse("exponential(200)"));
    private static final Draw FLAKY = new Draw.Failing("data/a.json", Failure.fail(0.5));

    private static List<Long> draws(ChoiceSource source) {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            values.add(source.draw(i % 3 == 0 ? USER : i % 3 == 1 ? SLOW : FLAKY));
        }
        return values;
    }

    @Test
    void theSameSeedDrawsTheSameLatenciesAndFailures() {
        assertThat(draws(new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 7)))
                .isEqualTo(draws(new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 7)));
    }

    @Test
    void anotherSeedDrawsOtherLatencies() {
        List<Long> seven = draws(new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 7));
        List<Long> eight = draws(new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 8));

        assertThat(seven).isNotEqualTo(eight);
        assertThat(seven).contains(0L, 1L); // the failure draws went both ways
    }

    @Test
    void aDrawDependsOnItsNameAndOccurrenceNotOnTheDrawsBeforeIt() {
        ChoiceSource alone = new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 3);
        ChoiceSource mixed = new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 3);
        mixed.draw(SLOW);
        mixed.draw(FLAKY);

        assertThat(mixed.draw(USER)).isEqualTo(alone.draw(USER));
    }

    @Test
    void everyDrawIsRecordedWithItsNameAndValue() {
        ChoiceSource source = new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 1);
        long first = source.draw(USER);
        source.draw(new Draw.Latency("a.txt", LatencyModel.fixed(5)));
        long second = source.draw(USER);

        assertThat(source.drawn())
                .extracting(Object::toString)
                .containsExactly(
                        "latency:https://api.example.com/user/*@1=" + first,
                        "latency:a.txt@1=5",
                        "latency:https://api.example.com/user/*@2=" + second);
    }

    @Test
    void aReplayTakesEveryRecordedDrawAndDecisionAgainWhateverItsSeed() {
        ChoiceSource first = new ChoiceSource(List.of(), ChoiceSource.Strategy.random(5), 11);
        List<Long> original = draws(first);
        original.add((long) first.choose(P));
        ChoiceSource.Record record = first.record();
        ChoiceSource replay = ChoiceSource.replaying(new ChoiceSource.Record(999, record.taken(), record.drawn()));
        List<Long> again = draws(replay);
        again.add((long) replay.choose(P));

        assertThat(again).isEqualTo(original);
        assertThat(ChoiceSource.replaying(record).seed()).isEqualTo(11);
    }

    @Test
    void aStrategyCanSteerDrawsAndAValueOutsideTheModelIsIgnored() {
        ChoiceSource.Strategy fastAndReliable = new ChoiceSource.Strategy() {
            @Override
            public int pick(ChoicePoint point, int occurrence) {
                return -1;
            }

            @Override
            public long draw(Draw draw, int occurrence) {
                return draw instanceof Draw.Failing ? 0 : occurrence == 1 ? 0 : -5;
            }
        };
        ChoiceSource source = new ChoiceSource(List.of(), fastAndReliable, 0);

        assertThat(source.draw(SLOW)).isZero();
        assertThat(source.draw(SLOW)).isNotNegative();
        assertThat(List.of(source.draw(FLAKY), source.draw(FLAKY), source.draw(FLAKY)))
                .containsOnly(0L);
    }

    @Test
    void aSequenceGivesTheKthCallTheKthValueAndRepeatsTheLast() {
        ChoiceSource source = ChoiceSource.defaults();
        Draw d = new Draw.Latency("default", LatencyModel.parse("sequence(30, 10, 20)"));

        assertThat(List.of(source.draw(d), source.draw(d), source.draw(d), source.draw(d)))
                .containsExactly(30L, 10L, 20L, 20L);
    }

    @Test
    void everyModelDrawsWithinItsRange() {
        ChoiceSource source = new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 42);
        Draw uniform = new Draw.Latency("u", LatencyModel.parse("uniform(20, 22)"));
        Draw normal = new Draw.Latency("n", LatencyModel.parse("normal(1, 5)"));
        Draw always = new Draw.Failing("f", Failure.fail(1));
        Draw never = new Draw.Failing("g", Failure.fail(0));
        List<Long> u = new ArrayList<>();
        List<Long> n = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            u.add(source.draw(uniform));
            n.add(source.draw(normal));
            assertThat(source.draw(always)).isEqualTo(1);
            assertThat(source.draw(never)).isZero();
        }

        assertThat(u).containsOnly(20L, 21L, 22L).contains(20L, 21L, 22L);
        assertThat(n).allMatch(v -> v >= 0).contains(0L);
    }

    @Test
    void aChoiceLatencyIsAChoicePointForcedByItsNameAndValue() {
        ChoicePoint point = ChoicePoint.latency("https://x/a?b=1", List.of(10L, 500L));
        ChoiceSource.Forced forced = ChoiceSource.Forced.parse("latency:https://x/a?b=1=500", List.of(point));
        ChoiceSource source = new ChoiceSource(List.of(forced), ChoiceSource.Strategy.DEFAULT);
        Draw d = new Draw.Latency("https://x/a?b=1", LatencyModel.parse("choice(10, 500)"));

        assertThat(source.draw(d)).isEqualTo(500);
        assertThat(ChoiceSource.defaults().draw(d)).isEqualTo(10);
        assertThat(source.taken())
                .extracting(ChoiceSource.Taken::asOption)
                .containsExactly("latency:https://x/a?b=1@1=500");
        assertThatThrownBy(() -> ChoiceSource.Forced.parse("latency:https://x/a?b=1=20", List.of(point)))
                .hasMessage("--choose latency:https://x/a?b=1=20: 'latency:https://x/a?b=1' has the outcomes 10, 500");
    }

    @Test
    void ioSameMsTakesAnyOrdinalAndAppliesOnlyWhereThatManyAreTied() {
        ChoiceSource.Forced third = ChoiceSource.Forced.parse("io-same-ms=3rd");
        ChoiceSource source = new ChoiceSource(List.of(third), ChoiceSource.Strategy.DEFAULT);

        assertThat(source.choose(ChoicePoint.ioSameMs(2))).isZero();
        assertThat(source.choose(ChoicePoint.ioSameMs(3))).isEqualTo(2);
        assertThat(ChoicePoint.ioSameMs(4).outcomes()).containsExactly("1st", "2nd", "3rd", "4th");
        assertThatThrownBy(() -> ChoiceSource.Forced.parse("io-same-ms=later"))
                .hasMessage("--choose io-same-ms=later: 'io-same-ms' has the outcomes 1st, 2nd, …");
    }
}
