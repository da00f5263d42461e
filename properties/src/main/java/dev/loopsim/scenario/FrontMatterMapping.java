package dev.loopsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A mapping of the front-matter read key by key. Each key must be plain text and appear once; every
 * key is on a list of known ones, so a misspelt key is an error at its line rather than silently unused.
 */
final class FrontMatterMapping {
    private final FrontMatterValue owner;
    private final Map<String, FrontMatterValue> entries = new LinkedHashMap<>();

    /**
     * @param dataKeys whether the keys are data (file paths, header names): their paths read
     *     {@code files[data/config.json]} rather than {@code files.data/config.json}
     */
    FrontMatterMapping(MappingNode node, FrontMatterValue owner, boolean dataKeys) {
        this.owner = owner;
        for (NodeTuple tuple : node.getValue()) {
            int line = owner.block().fileLine(FrontMatterValue.lineOf(tuple.getKeyNode()));
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ScenarioError(owner.file(), line, owner.path(), "a key must be plain text");
            }
            String path = dataKeys
                    ? owner.path() + "[" + key.getValue() + "]"
                    : owner.path().isEmpty() ? key.getValue() : owner.path() + "." + key.getValue();
            if (entries.containsKey(key.getValue())) {
                throw new ScenarioError(owner.file(), line, path, "duplicate key");
            }
            entries.put(
                    key.getValue(),
                    new FrontMatterValue(tuple.getValueNode(), path, line, owner.file(), owner.block()));
        }
    }

    /** Fails at the first key not in {@code known}. */
    FrontMatterMapping allowOnly(String... known) {
        Set<String> allowed = new LinkedHashSet<>(List.of(known));
        for (Map.Entry<String, FrontMatterValue> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw entry.getValue().error("unknown key (known here: " + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    Optional<FrontMatterValue> optional(String key) {
        FrontMatterValue value = entries.get(key);
        return value == null || value.described().equals("nothing") ? Optional.empty() : Optional.of(value);
    }

    FrontMatterValue required(String key) {
        return optional(key).orElseThrow(() -> owner.error("missing key '" + key + "'"));
    }

    /** Every entry in the order written, for mappings whose keys are data (file paths, header names). */
    List<Map.Entry<String, FrontMatterValue>> entries() {
        return new ArrayList<>(entries.entrySet());
    }
}
