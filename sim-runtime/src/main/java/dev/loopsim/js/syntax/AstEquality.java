package dev.loopsim.js.syntax;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Structural equality of two ASTs that ignores where their nodes came from ({@link Span}s), so a tree and
 * the tree parsed back from its printed text compare equal.
 */
public final class AstEquality {
    private AstEquality() {}

    /** True when both trees have the same shape, operators, names and values. */
    public static boolean equivalent(Object a, Object b) {
        return firstDifference(a, b) == null;
    }

    /** A path and the two differing values, or null when the trees are equivalent. */
    public static String firstDifference(Object a, Object b) {
        Deque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] {a, b, "root"});
        while (!work.isEmpty()) {
            Object[] item = work.pop();
            Object x = item[0];
            Object y = item[1];
            String where = (String) item[2];
            if (x instanceof Span || y instanceof Span) {
                continue;
            }
            if (x == null || y == null) {
                if (x != y) {
                    return where + ": " + describe(x) + " vs " + describe(y);
                }
                continue;
            }
            if (x instanceof List<?> lx && y instanceof List<?> ly) {
                // Any two lists compare by content, whatever List implementation built them.
                if (lx.size() != ly.size()) {
                    return where + ": list of " + lx.size() + " vs " + ly.size();
                }
                for (int i = lx.size() - 1; i >= 0; i--) {
                    work.push(new Object[] {lx.get(i), ly.get(i), where + "[" + i + "]"});
                }
            } else if (x.getClass() != y.getClass()) {
                return where + ": " + describe(x) + " vs " + describe(y);
            } else if (x instanceof Record) {
                RecordComponent[] components = x.getClass().getRecordComponents();
                for (int i = components.length - 1; i >= 0; i--) {
                    RecordComponent c = components[i];
                    work.push(new Object[] {
                        read(c, x), read(c, y), where + "." + x.getClass().getSimpleName() + "." + c.getName()
                    });
                }
            } else if (x instanceof Double dx) {
                if (Double.compare(dx, (Double) y) != 0) {
                    return where + ": " + x + " vs " + y;
                }
            } else if (!Objects.equals(x, y)) {
                return where + ": " + describe(x) + " vs " + describe(y);
            }
        }
        return null;
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    private static String describe(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof Record) {
            return o.getClass().getSimpleName();
        }
        return o instanceof String s ? "'" + s + "'" : String.valueOf(o);
    }
}
