package dev.loopsim.js.builtins;

import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.time.LocalDate;
import java.util.function.LongSupplier;

/**
 * The Date constructor and Date.prototype (ECMA-262 §21.4). The current time comes from a clock the host
 * supplies (the simulation's virtual clock), and local time is UTC: the simulation is deterministic, so
 * it has no host time zone, and {@code toString} always says "GMT+0000 (Coordinated Universal Time)".
 * The toLocale*String methods format as en-US does and ignore their locale and options arguments.
 */
public final class DateBuiltins {
    private DateBuiltins() {}

    static final double MS_PER_DAY = 86_400_000;
    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    /** A Date instance: its [[DateValue]], a time value in ms since the epoch, or NaN. */
    public static final class JsDate extends JsObject {
        double time;

        JsDate(JsObject prototype, double time) {
            super(prototype);
            this.time = time;
        }

        public double time() {
            return time;
        }

        @Override
        public String className() {
            return "Date";
        }
    }

    private static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.INSTANCE;
    }

    /** Installs Date with a clock stuck at the epoch, until a host supplies its own. */
    public static void install(Realm realm) {
        install(realm, () -> 0L);
    }

    /** Installs Date reading the current time, in ms since the epoch, from {@code clock}. */
    public static void install(Realm realm, LongSupplier clock) {
        JsObject proto = new JsObject(realm.objectPrototype);
        NativeFunction[] self = new NativeFunction[1];
        NativeFunction ctor = new NativeFunction(realm.functionPrototype, "Date", 7, true, (t, a, nt) -> {
            if (nt == null) {
                return toDateString(clock.getAsLong(), "full");
            }
            Object protoValue = nt.get("prototype");
            JsObject p = protoValue instanceof JsObject po ? po : proto;
            return new JsDate(p, dateConstructorValue(realm, a, clock));
        });
        self[0] = ctor;
        ctor.defineOwn("prototype", proto, 0);
        proto.defineOwn("constructor", ctor, Property.HIDDEN);
        realm.globalObject.defineOwn("Date", ctor, Property.HIDDEN);

        realm.method(ctor, "now", 0, (t, a, n) -> (double) clock.getAsLong());
        realm.method(ctor, "parse", 1, (t, a, n) -> parse(Operations.toString(realm, arg(a, 0))));
        realm.method(ctor, "UTC", 7, (t, a, n) -> {
            double y = Operations.toNumber(realm, arg(a, 0));
            double[] f = {y, 0, 1, 0, 0, 0, 0};
            for (int i = 1; i < 7 && i < a.length; i++) {
                f[i] = Operations.toNumber(realm, a[i]);
            }
            return timeClip(fromFields(f));
        });

        installGetters(realm, proto);
        installSetters(realm, proto);
        installFormatting(realm, proto);
    }

    // ECMA-262 §21.4.2.1 Date ( ...values ), the [[Construct]] steps: the new object's time value.
    private static double dateConstructorValue(Realm realm, Object[] a, LongSupplier clock) {
        if (a.length == 0) {
            return (double) clock.getAsLong();
        }
        if (a.length == 1) {
            if (a[0] instanceof JsDate d) {
                return d.time;
            }
            Object v = Operations.toPrimitive(realm, a[0], "default");
            if (v instanceof String s) {
                return parse(s);
            }
            return timeClip(Operations.toNumber(realm, v));
        }
        double[] f = {0, 0, 1, 0, 0, 0, 0};
        for (int i = 0; i < 7 && i < a.length; i++) {
            f[i] = Operations.toNumber(realm, a[i]);
        }
        return timeClip(fromFields(f));
    }

    /** MakeDate(MakeDay(y, m, d), MakeTime(h, min, s, ms)) with the two-digit-year rule of Date and Date.UTC. */
    private static double fromFields(double[] f) {
        double y = f[0];
        if (!Double.isNaN(y)) {
            double yi = integer(y);
            if (yi >= 0 && yi <= 99) {
                y = 1900 + yi;
            }
        }
        return makeDate(makeDay(y, f[1], f[2]), makeTime(f[3], f[4], f[5], f[6]));
    }

    // ---- §21.4.1 time value arithmetic -------------------------------------------------------------

    private static double integer(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    static double day(double t) {
        return Math.floor(t / MS_PER_DAY);
    }

    static double timeWithinDay(double t) {
        double r = t % MS_PER_DAY;
        return r < 0 ? r + MS_PER_DAY : r;
    }

    private static LocalDate date(double t) {
        return LocalDate.ofEpochDay((long) day(t));
    }

    static int yearFromTime(double t) {
        return date(t).getYear();
    }

    /** 0 … 11. */
    static int monthFromTime(double t) {
        return date(t).getMonthValue() - 1;
    }

    static int dateFromTime(double t) {
        return date(t).getDayOfMonth();
    }

    static int weekDay(double t) {
        return date(t).getDayOfWeek().getValue() % 7;
    }

    static int hourFromTime(double t) {
        return (int) (timeWithinDay(t) / 3_600_000);
    }

    static int minFromTime(double t) {
        return (int) (timeWithinDay(t) / 60_000 % 60);
    }

    static int secFromTime(double t) {
        return (int) (timeWithinDay(t) / 1000 % 60);
    }

    static int msFromTime(double t) {
        return (int) (timeWithinDay(t) % 1000);
    }

    // ECMA-262 §21.4.1.28 MakeTime
    static double makeTime(double hour, double min, double sec, double ms) {
        if (!Double.isFinite(hour) || !Double.isFinite(min) || !Double.isFinite(sec) || !Double.isFinite(ms)) {
            return Double.NaN;
        }
        return integer(hour) * 3_600_000 + integer(min) * 60_000 + integer(sec) * 1000 + integer(ms);
    }

    // ECMA-262 §21.4.1.29 MakeDay
    static double makeDay(double year, double month, double date) {
        if (!Double.isFinite(year) || !Double.isFinite(month) || !Double.isFinite(date)) {
            return Double.NaN;
        }
        double y = integer(year);
        double m = integer(month);
        double dt = integer(date);
        double ym = y + Math.floor(m / 12);
        if (Math.abs(ym) > 400_000) {
            return Double.NaN;
        }
        int mn = (int) (((m % 12) + 12) % 12);
        return LocalDate.of((int) ym, mn + 1, 1).toEpochDay() + dt - 1;
    }

    // ECMA-262 §21.4.1.30 MakeDate
    static double makeDate(double day, double time) {
        if (!Double.isFinite(day) || !Double.isFinite(time)) {
            return Double.NaN;
        }
        double tv = day * MS_PER_DAY + time;
        return Double.isFinite(tv) ? tv : Double.NaN;
    }

    // ECMA-262 §21.4.1.31 TimeClip
    static double timeClip(double time) {
        if (!Double.isFinite(time) || Math.abs(time) > 8.64e15) {
            return Double.NaN;
        }
        return integer(time) + 0.0;
    }

    // ---- getters -----------------------------------------------------------------------------------

    private interface Field {
        double of(double t);
    }

    private static JsDate thisDate(Realm realm, Object t, String method) {
        if (t instanceof JsDate d) {
            return d;
        }
        if (method == null) {
            throw realm.typeError("this is not a Date object.");
        }
        throw realm.typeError("Method Date.prototype." + method + " called on incompatible receiver "
                + (t instanceof String s ? s : Operations.toDisplay(t)));
    }

    private static void getter(Realm realm, JsObject proto, String name, Field field) {
        realm.method(proto, name, 0, (t, a, n) -> {
            double tv = thisDate(realm, t, null).time;
            return Double.isNaN(tv) ? Double.NaN : field.of(tv);
        });
    }

    private static void installGetters(Realm realm, JsObject proto) {
        for (String utc : new String[] {"", "UTC"}) {
            getter(realm, proto, "get" + utc + "FullYear", DateBuiltins::yearFromTime);
            getter(realm, proto, "get" + utc + "Month", DateBuiltins::monthFromTime);
            getter(realm, proto, "get" + utc + "Date", DateBuiltins::dateFromTime);
            getter(realm, proto, "get" + utc + "Day", DateBuiltins::weekDay);
            getter(realm, proto, "get" + utc + "Hours", DateBuiltins::hourFromTime);
            getter(realm, proto, "get" + utc + "Minutes", DateBuiltins::minFromTime);
            getter(realm, proto, "get" + utc + "Seconds", DateBuiltins::secFromTime);
            getter(realm, proto, "get" + utc + "Milliseconds", DateBuiltins::msFromTime);
        }
        getter(realm, proto, "getTime", t -> t);
        getter(realm, proto, "valueOf", t -> t);
        getter(realm, proto, "getTimezoneOffset", t -> 0);
        realm.method(proto, "getYear", 0, (t, a, n) -> {
            double tv = thisDate(realm, t, "getYear").time;
            return Double.isNaN(tv) ? Double.NaN : yearFromTime(tv) - 1900.0;
        });
    }

    // ---- setters -----------------------------------------------------------------------------------

    /** What a setter computes from the current time value (never NaN here) and its converted arguments. */
    private interface Update {
        double apply(double t, double[] args, int count);
    }

    /**
     * Installs a setter that converts up to {@code max} arguments with ToNumber, then returns NaN for an
     * invalid date (only setFullYear starts over from time 0) or stores the clipped update.
     */
    private static void setter(Realm realm, JsObject proto, String name, int max, boolean nanAsZero, Update update) {
        realm.method(proto, name, max, (t, a, n) -> {
            JsDate d = thisDate(realm, t, name);
            double tv = d.time;
            int count = Math.max(1, Math.min(max, a.length));
            double[] args = new double[count];
            args[0] = Operations.toNumber(realm, arg(a, 0));
            if (Double.isNaN(tv) && !nanAsZero) {
                // V8 converts only the first argument of a setter called on an invalid date.
                return Double.NaN;
            }
            for (int i = 1; i < count; i++) {
                args[i] = Operations.toNumber(realm, arg(a, i));
            }
            if (Double.isNaN(tv)) {
                tv = 0;
            }
            d.time = timeClip(update.apply(tv, args, count));
            return d.time;
        });
    }

    private static double opt(double[] args, int count, int i, double fallback) {
        return i < count ? args[i] : fallback;
    }

    private static void installSetters(Realm realm, JsObject proto) {
        for (String utc : new String[] {"", "UTC"}) {
            setter(
                    realm,
                    proto,
                    "set" + utc + "Milliseconds",
                    1,
                    false,
                    (t, a, c) -> makeDate(day(t), makeTime(hourFromTime(t), minFromTime(t), secFromTime(t), a[0])));
            setter(
                    realm,
                    proto,
                    "set" + utc + "Seconds",
                    2,
                    false,
                    (t, a, c) -> makeDate(
                            day(t), makeTime(hourFromTime(t), minFromTime(t), a[0], opt(a, c, 1, msFromTime(t)))));
            setter(
                    realm,
                    proto,
                    "set" + utc + "Minutes",
                    3,
                    false,
                    (t, a, c) -> makeDate(
                            day(t),
                            makeTime(
                                    hourFromTime(t), a[0], opt(a, c, 1, secFromTime(t)), opt(a, c, 2, msFromTime(t)))));
            setter(
                    realm,
                    proto,
                    "set" + utc + "Hours",
                    4,
                    false,
                    (t, a, c) -> makeDate(
                            day(t),
                            makeTime(
                                    a[0],
                                    opt(a, c, 1, minFromTime(t)),
                                    opt(a, c, 2, secFromTime(t)),
                                    opt(a, c, 3, msFromTime(t)))));
            setter(
                    realm,
                    proto,
                    "set" + utc + "Date",
                    1,
                    false,
                    (t, a, c) -> makeDate(makeDay(yearFromTime(t), monthFromTime(t), a[0]), timeWithinDay(t)));
            setter(
                    realm,
                    proto,
                    "set" + utc + "Month",
                    2,
                    false,
                    (t, a, c) ->
                            makeDate(makeDay(yearFromTime(t), a[0], opt(a, c, 1, dateFromTime(t))), timeWithinDay(t)));
            setter(
                    realm,
                    proto,
                    "set" + utc + "FullYear",
                    3,
                    true,
                    (t, a, c) -> makeDate(
                            makeDay(a[0], opt(a, c, 1, monthFromTime(t)), opt(a, c, 2, dateFromTime(t))),
                            timeWithinDay(t)));
        }
        realm.method(proto, "setTime", 1, (t, a, n) -> {
            JsDate d = thisDate(realm, t, "setTime");
            d.time = timeClip(Operations.toNumber(realm, arg(a, 0)));
            return d.time;
        });
        // ECMA-262 §B.2.3.2 Date.prototype.setYear
        realm.method(proto, "setYear", 1, (t, a, n) -> {
            JsDate d = thisDate(realm, t, "setYear");
            double tv = Double.isNaN(d.time) ? 0 : d.time;
            double y = Operations.toNumber(realm, arg(a, 0));
            if (Double.isNaN(y)) {
                d.time = Double.NaN;
                return d.time;
            }
            double yi = integer(y);
            double yyyy = yi >= 0 && yi <= 99 ? 1900 + yi : y;
            d.time = timeClip(makeDate(makeDay(yyyy, monthFromTime(tv), dateFromTime(tv)), timeWithinDay(tv)));
            return d.time;
        });
    }

    // ---- formatting --------------------------------------------------------------------------------

    private static void formatter(Realm realm, JsObject proto, String name, String kind) {
        realm.method(proto, name, 0, (t, a, n) -> toDateString(thisDate(realm, t, name).time, kind));
    }

    private static void installFormatting(Realm realm, JsObject proto) {
        formatter(realm, proto, "toString", "full");
        formatter(realm, proto, "toDateString", "date");
        formatter(realm, proto, "toTimeString", "time");
        formatter(realm, proto, "toUTCString", "utc");
        proto.defineOwn("toGMTString", proto.get("toUTCString"), Property.HIDDEN);
        formatter(realm, proto, "toLocaleString", "locale");
        formatter(realm, proto, "toLocaleDateString", "localeDate");
        formatter(realm, proto, "toLocaleTimeString", "localeTime");
        realm.method(proto, "toISOString", 0, (t, a, n) -> {
            double tv = thisDate(realm, t, "toISOString").time;
            if (Double.isNaN(tv)) {
                throw realm.rangeError("Invalid time value");
            }
            return toIsoString(tv);
        });
        // ECMA-262 §21.4.4.37 Date.prototype.toJSON
        realm.method(proto, "toJSON", 1, (t, a, n) -> {
            JsObject o = Operations.toObject(realm, t);
            Object tv = Operations.toPrimitive(realm, o, "number");
            if (tv instanceof Double d && !Double.isFinite(d)) {
                return JsNull.INSTANCE;
            }
            Object toIso = o.get("toISOString");
            if (!(toIso instanceof dev.loopsim.js.value.JsFunction f)) {
                throw realm.typeError("toISOString is not a function");
            }
            return f.call(o, new Object[0]);
        });
        // ECMA-262 §21.4.4.45 Date.prototype [ @@toPrimitive ] ( hint )
        proto.defineOwn(
                JsSymbol.TO_PRIMITIVE,
                realm.function("[Symbol.toPrimitive]", 1, (t, a, n) -> {
                    if (!(t instanceof JsObject o)) {
                        throw realm.typeError("Method Date.prototype [ @@toPrimitive ] called on incompatible receiver "
                                + Operations.toDisplay(t));
                    }
                    Object hint = arg(a, 0);
                    String tryFirst;
                    if ("string".equals(hint) || "default".equals(hint)) {
                        tryFirst = "string";
                    } else if ("number".equals(hint)) {
                        tryFirst = "number";
                    } else {
                        throw realm.typeError("Invalid hint: " + Operations.toDisplay(hint));
                    }
                    return Operations.ordinaryToPrimitive(realm, o, tryFirst);
                }),
                Property.CONFIGURABLE);
    }

    private static String pad(long v, int width) {
        String s = Long.toString(Math.abs(v));
        return (v < 0 ? "-" : "") + "0".repeat(Math.max(0, width - s.length())) + s;
    }

    /** The formats of Date.prototype.toString and its relatives, for {@code kind}. */
    static String toDateString(double tv, String kind) {
        if (Double.isNaN(tv)) {
            return "Invalid Date";
        }
        int year = yearFromTime(tv);
        String yearText = pad(year, 4);
        String weekday = DAYS[weekDay(tv)];
        String month = MONTHS[monthFromTime(tv)];
        String day = pad(dateFromTime(tv), 2);
        String time = pad(hourFromTime(tv), 2) + ":" + pad(minFromTime(tv), 2) + ":" + pad(secFromTime(tv), 2);
        String zone = "GMT+0000 (Coordinated Universal Time)";
        // en-US counts years of the era: 1 BC (year 0) prints as 1, with no era marker.
        String localeDate = (monthFromTime(tv) + 1) + "/" + dateFromTime(tv) + "/" + (year <= 0 ? 1 - year : year);
        int h12 = hourFromTime(tv) % 12 == 0 ? 12 : hourFromTime(tv) % 12;
        String localeTime = h12 + ":" + pad(minFromTime(tv), 2) + ":" + pad(secFromTime(tv), 2) + " "
                + (hourFromTime(tv) < 12 ? "AM" : "PM");
        return switch (kind) {
            case "date" -> weekday + " " + month + " " + day + " " + yearText;
            case "time" -> time + " " + zone;
            case "utc" -> weekday + ", " + day + " " + month + " " + yearText + " " + time + " GMT";
            case "locale" -> localeDate + ", " + localeTime;
            case "localeDate" -> localeDate;
            case "localeTime" -> localeTime;
            default -> weekday + " " + month + " " + day + " " + yearText + " " + time + " " + zone;
        };
    }

    // ECMA-262 §21.4.4.36 Date.prototype.toISOString, §21.4.1.32 Date Time String Format
    static String toIsoString(double tv) {
        int year = yearFromTime(tv);
        String yearText = year >= 0 && year <= 9999 ? pad(year, 4) : (year < 0 ? "-" : "+") + pad(Math.abs(year), 6);
        return yearText + "-" + pad(monthFromTime(tv) + 1, 2) + "-" + pad(dateFromTime(tv), 2) + "T"
                + pad(hourFromTime(tv), 2) + ":" + pad(minFromTime(tv), 2) + ":" + pad(secFromTime(tv), 2) + "."
                + pad(msFromTime(tv), 3) + "Z";
    }

    // ---- parsing -----------------------------------------------------------------------------------

    /** ECMA-262 §21.4.3.2 Date.parse: the ISO format first, then the forms V8's legacy parser accepts. */
    static double parse(String s) {
        return DateParser.parse(s);
    }
}
