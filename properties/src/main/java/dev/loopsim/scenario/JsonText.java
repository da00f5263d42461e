package dev.loopsim.scenario;

import dev.loopsim.js.builtins.JsonBuiltins;
import java.math.BigInteger;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A front-matter value written as JSON text, as {@code JSON.stringify} writes it (no spaces): a route's
 * {@code body: { id: 1, name: Ada }} is sent as {@code {"id":1,"name":"Ada"}}. YAML's core-schema types
 * map to JSON's; a value JSON cannot hold (.inf, .nan) is an error at its key.
 */
final class JsonText {
    private JsonText() {}

    static String of(FrontMatterValue value) {
        StringBuilder out = new StringBuilder();
        write(value, value.node(), out);
        return out.toString();
    }

    private static void write(FrontMatterValue where, Node node, StringBuilder out) {
        switch (node) {
            case MappingNode mapping -> {
                out.append('{');
                boolean first = true;
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                        throw where.error("a JSON key must be plain text");
                    }
                    out.append(first ? "" : ",");
                    first = false;
                    JsonBuiltins.quoteJsonString(out, key.getValue());
                    out.append(':');
                    write(where, tuple.getValueNode(), out);
                }
                out.append('}');
            }
            case SequenceNode sequence -> {
                out.append('[');
                boolean first = true;
                for (Node item : sequence.getValue()) {
                    out.append(first ? "" : ",");
                    first = false;
                    write(where, item, out);
                }
                out.append(']');
            }
            case ScalarNode scalar -> scalar(where, scalar, out);
            default -> throw where.error("expected JSON data, got an unexpected YAML node");
        }
    }

    private static void scalar(FrontMatterValue where, ScalarNode scalar, StringBuilder out) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            out.append("null");
        } else if (tag.equals(Tag.BOOL)) {
            out.append(text.equalsIgnoreCase("true") ? "true" : "false");
        } else if (tag.equals(Tag.INT)) {
            out.append(integer(text).toString());
        } else if (tag.equals(Tag.FLOAT)) {
            double d;
            try {
                d = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw where.error("'" + text + "' has no JSON form");
            }
            out.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
        } else {
            JsonBuiltins.quoteJsonString(out, text);
        }
    }

    /** YAML core-schema integers: decimal, {@code 0o} octal, {@code 0x} hexadecimal. */
    static BigInteger integer(String text) {
        String t = text.startsWith("+") ? text.substring(1) : text;
        boolean negative = t.startsWith("-");
        String digits = negative ? t.substring(1) : t;
        BigInteger value = digits.startsWith("0x")
                ? new BigInteger(digits.substring(2), 16)
                : digits.startsWith("0o") ? new BigInteger(digits.substring(2), 8) : new BigInteger(digits);
        return negative ? value.negate() : value;
    }
}
