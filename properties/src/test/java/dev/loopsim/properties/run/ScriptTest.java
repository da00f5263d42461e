package dev.loopsim.properties.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptTest {

    private static final String RACE = """
            /*---
            routes:
              - url: https://api.example.com/*
                latency: uniform(1, 50)
            ---*/
            const order = [];
            Promise.all(['a', 'b'].map(n => fetch('https://api.example.com/' + n).then(() => order.push(n))))
              .then(() => console.log(order.join(',')));
            """;

    @Test
    void theDefaultRunTakesTheSmallestLatencyOfEveryRange() {
        Run run = Script.of("/app/race.js", RACE).run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEqualTo("a,b\n");
        assertThat(run.choices())
                .extracting(Choice::toString)
                .containsExactly(
                        "latency:https://api.example.com/*@1 = 1 ms",
                        "latency:https://api.example.com/*@2 = 1 ms",
                        "io-same-ms@1 = 1st");
        assertThat(run.trace()).isNotEmpty();
    }

    @Test
    void eachDecisionTakesTheStreamsAnswerClampedIntoItsRange() {
        int[] answers = {1000, 3};
        int[] next = {0};
        Run run = Script.of("/app/race.js", RACE).run(d -> next[0] < answers.length ? answers[next[0]++] : 0, false);

        assertThat(run.stdout()).isEqualTo("b,a\n");
        assertThat(run.answers()).containsExactly(49, 3);
        assertThat(run.trace()).isEmpty();
    }

    @Test
    void aPinnedScenarioRunsWithItsPinnedAnswersAndDefaultsElsewhere() {
        String pinned = RACE.replace("---*/", """
                pinned:
                  - latency:https://api.example.com/*@1 = 30 ms
                  - latency:https://api.example.com/*@2 = 5 ms
                ---*/""");

        Run run = Script.of("/app/race.js", pinned).run();

        assertThat(run.stdout()).isEqualTo("b,a\n");
        assertThat(run.choices())
                .extracting(Choice::toString)
                .containsExactly(
                        "latency:https://api.example.com/*@1 = 30 ms", "latency:https://api.example.com/*@2 = 5 ms");
    }

    @Test
    void pinsTheRunNeverMeetsOrCannotUseAreWarnings() {
        Script script = Script.of("/app/race.js", RACE.replace("---*/", """
                pinned:
                  - latency:https://api.example.com/*@1 = 500 ms
                  - io-same-ms@1 = 2nd
                  - timeout-vs-immediate@1 = timeout
                ---*/"""));
        PinnedChoices choices = (PinnedChoices) script.choices();

        Run run = script.run(choices, false);

        // 500 ms is outside uniform(1, 50): the default; both then complete at 1 ms and the tie takes the pin.
        assertThat(run.stdout()).isEqualTo("b,a\n");
        assertThat(choices.warnings())
                .containsExactly(
                        "pinned latency:https://api.example.com/*@1 = 500 ms is not an answer of that decision (its"
                                + " latencies are 1 to 50 ms): it took the default, 1 ms",
                        "pinned timeout-vs-immediate@1 = timeout was never asked: the run never reached that decision");
    }

    @Test
    void aScriptThatDoesNotParseRunsAsNodeWouldReportIt() {
        Run run = Script.of("/app/bad.js", "let = ;").run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("/app/bad.js:1").contains("SyntaxError");
    }

    @Test
    void aLatencyRangeWiderThanAnIntIsSearchedOverItsFirstIntegerMaxValueAnswers() {
        Script wide = Script.of("/app/wide.js", """
                /*---
                latency: exponential(1000000000)
                ---*/
                fetch('https://api.example.com/x').then(() => console.log('answered'));
                """);

        Run run = wide.run(d -> 5, false);

        assertThat(run.choices()).extracting(Choice::toString).first().isEqualTo("latency:default@1 = 5 ms");
        assertThat(((Decision.Latency) run.choices().getFirst().decision()).bound())
                .isEqualTo(Integer.MAX_VALUE);
    }
}
