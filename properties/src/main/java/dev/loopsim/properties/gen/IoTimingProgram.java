package dev.loopsim.properties.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * A focused generated program: one to four independent fake I/O operations (fetches of routes, reads of
 * files, each with a fixed latency) awaited one after another in one async function and all at once with
 * {@code Promise.all} in another, the two run one after the other in a drawn order. Each prints when it is
 * done; the generator knows the latencies, so the virtual times are known in advance.
 */
public record IoTimingProgram(List<Integer> latencies, boolean sequentialFirst, String text) {

    public IoTimingProgram {
        latencies = List.copyOf(latencies);
    }

    public static IoTimingProgram generate(Draws draws) {
        int operations = 1 + draws.below(4);
        List<Integer> latencies = new ArrayList<>();
        List<Boolean> fetches = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
            latencies.add(1 + draws.below(50));
            fetches.add(draws.below(2) == 0);
        }
        boolean sequentialFirst = draws.below(2) == 0;
        StringBuilder routes = new StringBuilder();
        StringBuilder files = new StringBuilder();
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
            if (fetches.get(i)) {
                routes.append("  - url: https://api.test/op").append(i).append('\n');
                routes.append("    body: op").append(i).append('\n');
                routes.append("    latency: fixed(").append(latencies.get(i)).append(")\n");
                calls.add("fetch('https://api.test/op" + i + "').then((r) => r.text())");
            } else {
                files.append("  op").append(i).append(".txt:\n");
                files.append("    content: op").append(i).append('\n');
                files.append("    latency: fixed(").append(latencies.get(i)).append(")\n");
                calls.add("fs.promises.readFile(__dirname + '/op" + i + ".txt', 'utf8')");
            }
        }
        StringBuilder b = new StringBuilder("/*---\n");
        if (!routes.isEmpty()) {
            b.append("routes:\n").append(routes);
        }
        if (!files.isEmpty()) {
            b.append("files:\n").append(files);
        }
        b.append("---*/\n");
        b.append("const fs = require('fs');\n");
        b.append("const operations = [\n");
        for (String call : calls) {
            b.append("  () => ").append(call).append(",\n");
        }
        b.append("];\n");
        b.append("async function sequential() {\n");
        b.append("  const results = [];\n");
        b.append("  for (const operation of operations) results.push(await operation());\n");
        b.append("  console.log('sequential', results.join(','));\n");
        b.append("}\n");
        b.append("async function parallel() {\n");
        b.append("  const results = await Promise.all(operations.map((operation) => operation()));\n");
        b.append("  console.log('parallel', results.join(','));\n");
        b.append("}\n");
        b.append(sequentialFirst ? "sequential().then(parallel);\n" : "parallel().then(sequential);\n");
        return new IoTimingProgram(latencies, sequentialFirst, b.toString());
    }
}
