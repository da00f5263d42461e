package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Script;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DecisionSentencesTest {
    private static final String SCRIPT = """
            /*---
            files:
              data/a.json:
                content: '{"n": 1}'
                latency: uniform(1, 10)
                fail: fail(0.2, EACCES)
            routes:
              - url: https://api.example.com/n
                body: { n: 2 }
                latency: uniform(1, 10)
                fail: fail(0.5, 503)
            ---*/
            const fs = require('fs');
            fs.readFile(__dirname + '/data/a.json', 'utf8', (err, text) => console.log(err ? err.code : text));
            fetch('https://api.example.com/n').then(r => console.log(r.status));
            setTimeout(() => console.log('timeout'), 0);
            setImmediate(() => console.log('immediate'));
            """;

    private static String told(String choices) {
        Script script = Script.of("/app/config.js", SCRIPT);
        Run run = script.run(ChoiceSequence.parse(choices).stream(), true);
        StringBuilder out = new StringBuilder();
        for (DecisionSentences.Sentence s : new DecisionSentences(script.io(), Path.of("/app/config.js")).of(run)) {
            out.append(s.choice()).append(" -> ").append(s.text()).append('\n');
        }
        return out.toString();
    }

    @Test
    void eachDrawIsToldWithTheOperationItWasDrawnForAndEachChoicePointWithItsRace() {
        assertThat(told("[3, 1, 5, 1, 1]"))
                .isEqualTo("latency:data/a.json@1 = 4 ms -> readFile data/a.json completed after 4 ms\n"
                        + "fail:data/a.json@1 = fails -> readFile data/a.json failed (EACCES)\n"
                        + "latency:https://api.example.com/n@1 = 6 ms -> GET https://api.example.com/n answered after"
                        + " 6 ms\n"
                        + "fail:https://api.example.com/n@1 = fails -> GET https://api.example.com/n failed (HTTP 503)\n"
                        + "timeout-vs-immediate@1 = timeout -> the timer/immediate race went to the timer\n");
    }

    @Test
    void aTieBetweenCompletionsNamesTheOperationThatRanFirst() {
        assertThat(told("[0, 0, 0, 0, 0, 1]"))
                .isEqualTo("latency:data/a.json@1 = 1 ms -> readFile data/a.json completed after 1 ms\n"
                        + "fail:data/a.json@1 = succeeds -> readFile data/a.json succeeded\n"
                        + "latency:https://api.example.com/n@1 = 1 ms -> GET https://api.example.com/n answered after"
                        + " 1 ms\n"
                        + "fail:https://api.example.com/n@1 = succeeds -> GET https://api.example.com/n succeeded\n"
                        + "timeout-vs-immediate@1 = immediate -> the timer/immediate race went to the immediate\n"
                        + "io-same-ms@1 = 2nd -> of the I/O completing in the same millisecond (at 1 ms), the 2nd to"
                        + " start ran first: GET https://api.example.com/n\n");
    }
}
