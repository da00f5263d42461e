package dev.loopsim.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A call-shaped model text such as {@code uniform(20, 50)} split into its name and arguments, shared by
 * {@link LatencyModel#parse} and {@link Failure#parse}.
 */
record ModelText(String name, List<String> arguments) {

    /** Splits {@code name(a, b, …)}; null when the text does not have that shape. */
    static ModelText split(String text) {
        String t = text.strip();
        int open = t.indexOf('(');
        if (open <= 0 || !t.endsWith(")")) {
            return null;
        }
        String name = t.substring(0, open).strip();
        if (!name.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String inside = t.substring(open + 1, t.length() - 1).strip();
        List<String> arguments = new ArrayList<>();
        if (!inside.isEmpty()) {
            for (String a : inside.split(",", -1)) {
                arguments.add(a.strip());
            }
        }
        return new ModelText(name, arguments);
    }

    /** A number as written ({@code 10}, {@code 2.5}); null when it is not one. */
    static Double number(String text) {
        if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(text);
    }

    /** Prints a number as a person writes it: {@code 10}, not {@code 10.0}. */
    static String print(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
