package dev.loopsim.js.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date.parse: the Date Time String Format of ECMA-262 §21.4.1.32, then a fallback modelled on V8's
 * legacy parser, which reads what toString and toUTCString print, "Jan 1, 1970 10:00 PM" and
 * "1/2/1970". Local time is UTC, so forms without an offset need no time zone.
 */
final class DateParser {
    private DateParser() {}

    private static final Pattern ISO = Pattern.compile("([+-]\\d{6}|\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?)?"
            + "(?:[Tt ](\\d\\d):(\\d\\d)(?::(\\d\\d)(?:\\.(\\d+))?)?)?"
            + "(Z|z|[+-]\\d\\d:?\\d\\d)?");

    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    private static final String[] DAYS = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

    static double parse(String input) {
        String s = input.strip();
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            double iso = parseIso(m);
            if (!Double.isNaN(iso) || m.group(1).equals("-000000")) {
                return iso;
            }
        }
        return parseLegacy(s);
    }

    private static double parseIso(Matcher m) {
        if (m.group(1).equals("-000000")) {
            return Double.NaN;
        }
        int year = Integer.parseInt(m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1));
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int ms = 0;
        if (m.group(7) != null) {
            String digits = (m.group(7) + "00").substring(0, 3);
            ms = Integer.parseInt(digits);
        }
        if (month < 1 || month > 12 || day < 1 || day > 31 || minute > 59 || second > 59) {
            return Double.NaN;
        }
        if (hour > 24 || (hour == 24 && (minute != 0 || second != 0 || ms != 0))) {
            return Double.NaN;
        }
        double offset = offsetMinutes(m.group(8));
        if (Double.isNaN(offset)) {
            return Double.NaN;
        }
        double t = DateBuiltins.makeDate(
                DateBuiltins.makeDay(year, month - 1, day), DateBuiltins.makeTime(hour, minute, second, ms));
        return DateBuiltins.timeClip(t - offset * 60_000);
    }

    /** "Z", "+05:30" or "+0530" as minutes east of UTC; 0 when absent. */
    private static double offsetMinutes(String zone) {
        if (zone == null || zone.equalsIgnoreCase("z")) {
            return 0;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = Integer.parseInt(digits.substring(2));
        if (hours > 23 || minutes > 59) {
            return Double.NaN;
        }
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return sign * (hours * 60 + minutes);
    }

    // ---- the legacy forms --------------------------------------------------------------------------

    private static double parseLegacy(String s) {
        String text = s.replaceAll("\\([^)]*\\)", " ").toLowerCase(Locale.ROOT);
        List<Integer> numbers = new ArrayList<>();
        List<Integer> numberDigits = new ArrayList<>();
        int month = -1;
        int[] time = null;
        int ampm = 0;
        Integer offset = null;
        boolean sawNumber = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                int monthIndex = word.length() >= 3 ? indexOfPrefix(MONTHS, word) : -1;
                if (monthIndex >= 0) {
                    month = monthIndex;
                } else if (word.equals("am") || word.equals("pm")) {
                    ampm = word.equals("am") ? 1 : 2;
                } else if (word.equals("gmt") || word.equals("utc") || word.equals("ut") || word.equals("z")) {
                    offset = 0;
                } else if (word.equals("t") && sawNumber) {
                    continue;
                } else if (word.length() >= 3 && indexOfPrefix(DAYS, word) >= 0) {
                    continue;
                } else if (sawNumber) {
                    return Double.NaN;
                }
            } else if ((c == '+' || c == '-')
                    && (time != null || offset != null)
                    && i + 1 < n
                    && Character.isDigit(text.charAt(i + 1))) {
                int sign = c == '-' ? -1 : 1;
                i++;
                int start = i;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                String digits = text.substring(start, i);
                int hours;
                int minutes = 0;
                if (i < n && text.charAt(i) == ':') {
                    int mStart = ++i;
                    while (i < n && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                    hours = Integer.parseInt(digits);
                    minutes = mStart < i ? Integer.parseInt(text.substring(mStart, i)) : 0;
                } else if (digits.length() <= 2) {
                    hours = Integer.parseInt(digits);
                } else {
                    int v = Integer.parseInt(digits.length() > 4 ? digits.substring(0, 4) : digits);
                    hours = v / 100;
                    minutes = v % 100;
                }
                offset = sign * (hours * 60 + minutes);
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                String digits = text.substring(start, i);
                if (digits.length() > 9) {
                    return Double.NaN;
                }
                int value = Integer.parseInt(digits);
                sawNumber = true;
                if (i < n && text.charAt(i) == ':' && time == null) {
                    time = new int[] {value, 0, 0, 0};
                    int field = 1;
                    while (i < n && text.charAt(i) == ':' && field < 3) {
                        int fStart = ++i;
                        while (i < n && Character.isDigit(text.charAt(i))) {
                            i++;
                        }
                        if (fStart == i) {
                            return Double.NaN;
                        }
                        time[field++] = Integer.parseInt(text.substring(fStart, i));
                    }
                    if (field == 3 && i < n && text.charAt(i) == '.') {
                        int fStart = ++i;
                        while (i < n && Character.isDigit(text.charAt(i))) {
                            i++;
                        }
                        String frac = (text.substring(fStart, i) + "000").substring(0, 3);
                        time[3] = Integer.parseInt(frac);
                    }
                } else {
                    numbers.add(value);
                    numberDigits.add(digits.length());
                    if (i < n && (text.charAt(i) == '/' || text.charAt(i) == '-' || text.charAt(i) == '.')) {
                        i++;
                    }
                }
            } else {
                return Double.NaN;
            }
        }
        return compose(numbers, numberDigits, month, time, ampm, offset);
    }

    private static int indexOfPrefix(String[] names, String word) {
        for (int k = 0; k < names.length; k++) {
            if (word.startsWith(names[k])) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isDay(int x) {
        return x >= 1 && x <= 31;
    }

    /** V8's DayComposer and TimeComposer: which number is the year, the month and the day. */
    private static double compose(
            List<Integer> numbers, List<Integer> digits, int namedMonth, int[] time, int ampm, Integer offset) {
        int year;
        int month;
        int day;
        int count = numbers.size();
        if (count > 3 || (namedMonth >= 0 && count > 2) || count == 0) {
            return Double.NaN;
        }
        boolean yearHasDigits;
        if (namedMonth < 0 && count == 1) {
            // A lone number is a year when it has three or more digits, else a month of 2001 (as V8 reads it).
            int only = numbers.get(0);
            if (digits.get(0) > 2) {
                year = only;
                month = 0;
            } else {
                year = 2001;
                month = only - 1;
            }
            day = 1;
            yearHasDigits = true;
        } else if (namedMonth < 0) {
            if (count == 3 && !isDay(numbers.get(0))) {
                year = numbers.get(0);
                month = numbers.get(1) - 1;
                day = numbers.get(2);
                yearHasDigits = digits.get(0) > 2;
            } else {
                month = numbers.get(0) - 1;
                day = numbers.get(1);
                year = count == 3 ? numbers.get(2) : 2001;
                yearHasDigits = count == 3 ? digits.get(2) > 2 : true;
            }
        } else {
            month = namedMonth;
            if (count == 1) {
                if (isDay(numbers.get(0)) && digits.get(0) <= 2) {
                    day = numbers.get(0);
                    year = 2001;
                    yearHasDigits = true;
                } else {
                    year = numbers.get(0);
                    day = 1;
                    yearHasDigits = digits.get(0) > 2;
                }
            } else if (!isDay(numbers.get(0))) {
                year = numbers.get(0);
                day = numbers.get(1);
                yearHasDigits = digits.get(0) > 2;
            } else {
                day = numbers.get(0);
                year = numbers.get(1);
                yearHasDigits = digits.get(1) > 2;
            }
        }
        if (!yearHasDigits) {
            if (year >= 0 && year <= 49) {
                year += 2000;
            } else if (year >= 50 && year <= 99) {
                year += 1900;
            }
        }
        if (month < 0 || month > 11 || !isDay(day)) {
            return Double.NaN;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        int ms = 0;
        if (time != null) {
            hour = time[0];
            minute = time[1];
            second = time[2];
            ms = time[3];
        }
        if (ampm != 0) {
            if (hour > 12) {
                return Double.NaN;
            }
            hour = hour % 12 + (ampm == 2 ? 12 : 0);
        }
        if (hour > 24 || (hour == 24 && (minute > 0 || second > 0 || ms > 0)) || minute > 59 || second > 59) {
            return Double.NaN;
        }
        double t = DateBuiltins.makeDate(
                DateBuiltins.makeDay(year, month, day), DateBuiltins.makeTime(hour, minute, second, ms));
        return DateBuiltins.timeClip(t - (offset == null ? 0 : offset) * 60_000.0);
    }
}
