package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * Date construction, arithmetic, parsing and formatting (ECMA-262 §21.4), with local time as UTC and the
 * clock fixed at 1700000000000; snippets that read the clock were recorded with that timestamp written in.
 * Expected values were recorded by running each snippet in Node v20 (TZ=UTC) and rendering its result
 * as {@link Snippets#render} does.
 */
class DateBuiltinsTest {

    private static String run(String code) {
        return Snippets.run(code, realm -> DateBuiltins.install(realm, () -> 1_700_000_000_000L));
    }

    @Test
    void dateNowReadsTheHostClock() {
        assertThat(run("return Date.now()")).isEqualTo("1700000000000");
    }

    @Test
    void newDateWithoutArgumentsIsNow() {
        assertThat(run("return new Date().getTime()")).isEqualTo("1700000000000");
    }

    @Test
    void dateCalledAsAFunctionReturnsTheStringOfNow() {
        assertThat(run("return [typeof Date(), Date(), Date(0) === Date()]"))
                .isEqualTo("[\"string\", \"Tue Nov 14 2023 22:13:20 GMT+0000 (Coordinated Universal Time)\", true]");
    }

    @Test
    void newDateFromMilliseconds() {
        assertThat(
                        run(
                                "return [new Date(0).getTime(), new Date(1.9).getTime(), new Date(-1.9).getTime(), new Date(-0).getTime()]"))
                .isEqualTo("[0, 1, -1, 0]");
    }

    @Test
    void timeValuesBeyondTheRangeAreInvalid() {
        assertThat(
                        run(
                                "return [new Date(8.64e15).getTime(), new Date(8.64e15 + 1).getTime(), new Date(-8.64e15).getTime(), new Date(Infinity).getTime(), new Date(NaN).getTime()]"))
                .isEqualTo("[8640000000000000, NaN, -8640000000000000, NaN, NaN]");
    }

    @Test
    void newDateConvertsItsArgumentToAPrimitive() {
        assertThat(
                        run(
                                "return [new Date(true).getTime(), new Date(null).getTime(), new Date(undefined).getTime(), new Date({ valueOf() { return 5 } }).getTime(), new Date({ toString() { return \"1970-01-02\" }, valueOf: undefined }).getTime()]"))
                .isEqualTo("[1, 0, NaN, 5, 86400000]");
    }

    @Test
    void newDateFromADateCopiesItsTimeValue() {
        assertThat(run("const a = new Date(123); const b = new Date(a); a.setTime(5); return [b.getTime(), b === a]"))
                .isEqualTo("[123, false]");
    }

    @Test
    void newDateFromComponents() {
        assertThat(
                        run(
                                "return [new Date(2020, 0).getTime(), new Date(2020, 1, 29, 12, 30, 15, 250).getTime(), new Date(2024, 11, 31, 23, 59, 59, 999).toISOString()]"))
                .isEqualTo("[1577836800000, 1582979415250, \"2024-12-31T23:59:59.999Z\"]");
    }

    @Test
    void twoDigitYearsMeanThe1900s() {
        assertThat(
                        run(
                                "return [new Date(99, 0).getFullYear(), new Date(0, 0).getFullYear(), new Date(100, 0).getFullYear(), new Date(-1, 0).getFullYear()]"))
                .isEqualTo("[1999, 1900, 100, -1]");
    }

    @Test
    void componentsOverflowIntoTheNextUnit() {
        assertThat(
                        run(
                                "return [new Date(2020, 0, 31, 25).toISOString(), new Date(2020, 12, 1).toISOString(), new Date(2020, -1, 1).toISOString(), new Date(2021, 1, 29).toISOString(), new Date(2020, 0, 0).toISOString()]"))
                .isEqualTo(
                        "[\"2020-02-01T01:00:00.000Z\", \"2021-01-01T00:00:00.000Z\", \"2019-12-01T00:00:00.000Z\", \"2021-03-01T00:00:00.000Z\", \"2019-12-31T00:00:00.000Z\"]");
    }

    @Test
    void componentsAreTruncated() {
        assertThat(run("return new Date(2020.7, 0.9, 1.9, 1.5).toISOString()"))
                .isEqualTo("\"2020-01-01T01:00:00.000Z\"");
    }

    @Test
    void aNaNComponentMakesAnInvalidDate() {
        assertThat(
                        run(
                                "return [new Date(2020, NaN).getTime(), new Date(2020, 0, 1, Infinity).getTime(), `${new Date(NaN)}`]"))
                .isEqualTo("[NaN, NaN, \"Invalid Date\"]");
    }

    @Test
    void dateUtcBuildsATimeValue() {
        assertThat(
                        run(
                                "return [Date.UTC(2020), Date.UTC(2020, 1, 29), Date.UTC(99, 0), Date.UTC(), Date.UTC(2020, 0, 1, 0, 0, 0, -1), Date.UTC.length]"))
                .isEqualTo("[1577836800000, 1582934400000, 915148800000, NaN, 1577836799999, 7]");
    }

    @Test
    void dateHasLengthSevenAndItsPrototype() {
        assertThat(
                        run(
                                "return [Date.length, Date.name, Date.prototype.constructor === Date, Object.getPrototypeOf(new Date(0)) === Date.prototype, Object.prototype.toString.call(new Date(0))]"))
                .isEqualTo("[7, \"Date\", true, true, \"[object Date]\"]");
    }

    @Test
    void getUtcFields() {
        assertThat(
                        run(
                                "const d = new Date(1718454321987); return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()]"))
                .isEqualTo("[2024, 5, 15, 6, 12, 25, 21, 987]");
    }

    @Test
    void localFieldsEqualUtcFields() {
        assertThat(
                        run(
                                "const d = new Date(1718454321987); return [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset()]"))
                .isEqualTo("[2024, 5, 15, 6, 12, 25, 21, 987, 0]");
    }

    @Test
    void fieldsOfDatesBeforeTheEpoch() {
        assertThat(
                        run(
                                "const d = new Date(-1); return [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()]"))
                .isEqualTo("[1969, 11, 31, 3, 23, 59, 59, 999]");
    }

    @Test
    void fieldsOfExtremeDates() {
        assertThat(
                        run(
                                "return [new Date(8.64e15).getUTCFullYear(), new Date(-8.64e15).getUTCFullYear(), new Date(-8.64e15).getUTCDay(), new Date(-62198755200000).getUTCFullYear()]"))
                .isEqualTo("[275760, -271821, 2, -1]");
    }

    @Test
    void gettersOfAnInvalidDateAreNaN() {
        assertThat(
                        run(
                                "const d = new Date(NaN); return [d.getFullYear(), d.getUTCMonth(), d.getDay(), d.getTime(), d.valueOf(), d.getTimezoneOffset()]"))
                .isEqualTo("[NaN, NaN, NaN, NaN, NaN, NaN]");
    }

    @Test
    void getYearIsYearMinus1900() {
        assertThat(
                        run(
                                "return [new Date(0).getYear(), new Date(Date.UTC(2024, 0)).getYear(), new Date(NaN).getYear()]"))
                .isEqualTo("[70, 124, NaN]");
    }

    @Test
    void gettersRejectNonDates() {
        assertThat(
                        run(
                                "try { Date.prototype.getTime.call({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: this is not a Date object.\"");
    }

    @Test
    void valueOfRejectsNonDates() {
        assertThat(
                        run(
                                "try { Date.prototype.valueOf.call(5) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: this is not a Date object.\"");
    }

    @Test
    void otherMethodsNameThemselvesWhenRejectingNonDates() {
        assertThat(
                        run(
                                "const out = []; for (const k of [\"toString\", \"toISOString\", \"setDate\", \"setUTCHours\", \"getYear\", \"toLocaleString\", \"toGMTString\"]) { try { Date.prototype[k].call({}) } catch (e) { out.push(e.message) } } return out"))
                .isEqualTo(
                        "[\"Method Date.prototype.toString called on incompatible receiver #<Object>\", \"Method Date.prototype.toISOString called on incompatible receiver #<Object>\", \"Method Date.prototype.setDate called on incompatible receiver #<Object>\", \"Method Date.prototype.setUTCHours called on incompatible receiver #<Object>\", \"Method Date.prototype.getYear called on incompatible receiver #<Object>\", \"Method Date.prototype.toLocaleString called on incompatible receiver #<Object>\", \"Method Date.prototype.toUTCString called on incompatible receiver #<Object>\"]");
    }

    @Test
    void setMillisecondsAndSeconds() {
        assertThat(
                        run(
                                "const d = new Date(0); const a = d.setMilliseconds(1500); const b = d.setSeconds(30, 7); return [a, b, d.toISOString()]"))
                .isEqualTo("[1500, 30007, \"1970-01-01T00:00:30.007Z\"]");
    }

    @Test
    void setMinutesAndHoursWithOptionalArguments() {
        assertThat(
                        run(
                                "const d = new Date(0); d.setMinutes(5); const a = d.toISOString(); d.setMinutes(1, 2, 3); const b = d.toISOString(); d.setHours(23, 4, 5, 6); return [a, b, d.toISOString(), d.setHours(-1)]"))
                .isEqualTo(
                        "[\"1970-01-01T00:05:00.000Z\", \"1970-01-01T00:01:02.003Z\", \"1970-01-01T23:04:05.006Z\", -3354994]");
    }

    @Test
    void setDateAndSetMonthOverflow() {
        assertThat(
                        run(
                                "const d = new Date(Date.UTC(2020, 0, 31)); d.setMonth(1); const a = d.toISOString(); d.setDate(0); const b = d.toISOString(); d.setMonth(13, 40); return [a, b, d.toISOString()]"))
                .isEqualTo(
                        "[\"2020-03-02T00:00:00.000Z\", \"2020-02-29T00:00:00.000Z\", \"2021-03-12T00:00:00.000Z\"]");
    }

    @Test
    void setFullYearKeepsMonthAndDateUnlessGiven() {
        assertThat(
                        run(
                                "const d = new Date(Date.UTC(2020, 1, 29, 10)); d.setFullYear(2021); const a = d.toISOString(); d.setFullYear(2022, 5); const b = d.toISOString(); d.setFullYear(2023, 0, 15); return [a, b, d.toISOString()]"))
                .isEqualTo(
                        "[\"2021-03-01T10:00:00.000Z\", \"2022-06-01T10:00:00.000Z\", \"2023-01-15T10:00:00.000Z\"]");
    }

    @Test
    void setFullYearOnAnInvalidDateStartsFromZero() {
        assertThat(run("const d = new Date(NaN); return [d.setFullYear(2020), d.toISOString()]"))
                .isEqualTo("[1577836800000, \"2020-01-01T00:00:00.000Z\"]");
    }

    @Test
    void otherSettersLeaveAnInvalidDateInvalid() {
        assertThat(
                        run(
                                "const d = new Date(NaN); return [d.setHours(1), d.setMonth(1), d.setDate(1), d.setMilliseconds(1), d.getTime()]"))
                .isEqualTo("[NaN, NaN, NaN, NaN, NaN]");
    }

    @Test
    void settersOfAnInvalidDateConvertOnlyTheFirstArgument() {
        assertThat(
                        run(
                                "const d = new Date(NaN); let calls = 0; d.setHours({ valueOf() { calls++; return 1 } }, { valueOf() { calls++; return 2 } }); return calls"))
                .isEqualTo("1");
    }

    @Test
    void setterWithoutArgumentsMakesTheDateInvalid() {
        assertThat(run("const d = new Date(0); return [d.setMonth(), d.getTime()]"))
                .isEqualTo("[NaN, NaN]");
    }

    @Test
    void utcSettersMatchLocalSetters() {
        assertThat(
                        run(
                                "const d = new Date(0); d.setUTCFullYear(2001, 1, 3); d.setUTCHours(4, 5, 6, 7); const a = d.toISOString(); d.setUTCMonth(0); d.setUTCDate(9); d.setUTCMinutes(10); d.setUTCSeconds(11); d.setUTCMilliseconds(12); return [a, d.toISOString()]"))
                .isEqualTo("[\"2001-02-03T04:05:06.007Z\", \"2001-01-09T04:10:11.012Z\"]");
    }

    @Test
    void setTimeClipsAndConverts() {
        assertThat(
                        run(
                                "const d = new Date(0); return [d.setTime(\"12\"), d.setTime(8.64e15 + 1), d.setTime(1.5), d.setTime()]"))
                .isEqualTo("[12, NaN, 1, NaN]");
    }

    @Test
    void setYearUsesTwoDigitYears() {
        assertThat(
                        run(
                                "const d = new Date(Date.UTC(2000, 5, 15)); d.setYear(95); const a = d.getFullYear(); d.setYear(2005); const b = d.getFullYear(); return [a, b, d.setYear(NaN)]"))
                .isEqualTo("[1995, 2005, NaN]");
    }

    @Test
    void setterLengths() {
        assertThat(
                        run(
                                "const p = Date.prototype; return [p.setHours.length, p.setMinutes.length, p.setSeconds.length, p.setMilliseconds.length, p.setFullYear.length, p.setMonth.length, p.setDate.length, p.setUTCHours.length, p.setTime.length]"))
                .isEqualTo("[4, 3, 2, 1, 3, 2, 1, 4, 1]");
    }

    @Test
    void setterResultsAreClipped() {
        assertThat(run("const d = new Date(8.64e15); return [d.setMilliseconds(1), d.getTime()]"))
                .isEqualTo("[NaN, NaN]");
    }

    @Test
    void toStringFormat() {
        assertThat(run("return [new Date(0).toString(), new Date(1718454321987).toString(), new Date(-1).toString()]"))
                .isEqualTo(
                        "[\"Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)\", \"Sat Jun 15 2024 12:25:21 GMT+0000 (Coordinated Universal Time)\", \"Wed Dec 31 1969 23:59:59 GMT+0000 (Coordinated Universal Time)\"]");
    }

    @Test
    void toStringOfYearsOutsideFourDigits() {
        assertThat(
                        run(
                                "return [new Date(-62198755200000).toString(), new Date(8.64e15).toString(), new Date(Date.UTC(12, 0)).toString(), new Date(-8.64e15).toString()]"))
                .isEqualTo(
                        "[\"Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)\", \"Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time)\", \"Mon Jan 01 1912 00:00:00 GMT+0000 (Coordinated Universal Time)\", \"Tue Apr 20 -271821 00:00:00 GMT+0000 (Coordinated Universal Time)\"]");
    }

    @Test
    void toDateStringAndToTimeString() {
        assertThat(run("const d = new Date(1718454321987); return [d.toDateString(), d.toTimeString()]"))
                .isEqualTo("[\"Sat Jun 15 2024\", \"12:25:21 GMT+0000 (Coordinated Universal Time)\"]");
    }

    @Test
    void toUtcStringAndToGmtString() {
        assertThat(
                        run(
                                "const d = new Date(1718454321987); return [d.toUTCString(), d.toGMTString(), Date.prototype.toGMTString === Date.prototype.toUTCString, new Date(-62198755200000).toUTCString()]"))
                .isEqualTo(
                        "[\"Sat, 15 Jun 2024 12:25:21 GMT\", \"Sat, 15 Jun 2024 12:25:21 GMT\", true, \"Fri, 01 Jan -0001 00:00:00 GMT\"]");
    }

    @Test
    void toIsoStringFormat() {
        assertThat(
                        run(
                                "return [new Date(0).toISOString(), new Date(1718454321987).toISOString(), new Date(-1).toISOString()]"))
                .isEqualTo(
                        "[\"1970-01-01T00:00:00.000Z\", \"2024-06-15T12:25:21.987Z\", \"1969-12-31T23:59:59.999Z\"]");
    }

    @Test
    void toIsoStringUsesSixDigitYearsOutsideZeroTo9999() {
        assertThat(
                        run(
                                "return [new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString(), new Date(-62198755200000).toISOString(), new Date(Date.UTC(10000, 0)).toISOString(), new Date(Date.UTC(0, 0) - 1).toISOString()]"))
                .isEqualTo(
                        "[\"+275760-09-13T00:00:00.000Z\", \"-271821-04-20T00:00:00.000Z\", \"-000001-01-01T00:00:00.000Z\", \"+010000-01-01T00:00:00.000Z\", \"1899-12-31T23:59:59.999Z\"]");
    }

    @Test
    void toIsoStringOfAnInvalidDateIsARangeError() {
        assertThat(
                        run(
                                "try { new Date(NaN).toISOString() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Invalid time value\"");
    }

    @Test
    void invalidDatesPrintInvalidDate() {
        assertThat(
                        run(
                                "const d = new Date(NaN); return [d.toString(), d.toDateString(), d.toTimeString(), d.toUTCString(), d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString(), `${d}`]"))
                .isEqualTo(
                        "[\"Invalid Date\", \"Invalid Date\", \"Invalid Date\", \"Invalid Date\", \"Invalid Date\", \"Invalid Date\", \"Invalid Date\", \"Invalid Date\"]");
    }

    @Test
    void toLocaleFormatsAreEnUs() {
        assertThat(
                        run(
                                "const d = new Date(0); return [d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString()]"))
                .isEqualTo("[\"1/1/1970, 12:00:00 AM\", \"1/1/1970\", \"12:00:00 AM\"]");
    }

    @Test
    void toLocaleStringUsesATwelveHourClock() {
        assertThat(
                        run(
                                "return [new Date(Date.UTC(2020, 5, 15, 13, 5, 9)).toLocaleString(), new Date(Date.UTC(2020, 11, 25, 12, 0, 0)).toLocaleTimeString(), new Date(Date.UTC(2020, 11, 25, 0, 30, 0)).toLocaleTimeString(), new Date(Date.UTC(1999, 9, 9)).toLocaleDateString()]"))
                .isEqualTo("[\"6/15/2020, 1:05:09 PM\", \"12:00:00 PM\", \"12:30:00 AM\", \"10/9/1999\"]");
    }

    @Test
    void toJsonIsTheIsoStringOrNull() {
        assertThat(
                        run(
                                "return [new Date(0).toJSON(), new Date(NaN).toJSON(), Date.prototype.toJSON.call({ toISOString() { return 1 } }), Date.prototype.toJSON.call({ valueOf() { return Infinity }, toISOString() { return 1 } })]"))
                .isEqualTo("[\"1970-01-01T00:00:00.000Z\", null, 1, null]");
    }

    @Test
    void toJsonNeedsAToIsoStringMethod() {
        assertThat(
                        run(
                                "try { Date.prototype.toJSON.call({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: toISOString is not a function\"");
    }

    @Test
    void additionWithADateConcatenatesItsString() {
        assertThat(run("const d = new Date(0); return [d + 1, 1 + d, `${d}`]"))
                .isEqualTo(
                        "[\"Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)1\", \"1Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)\", \"Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)\"]");
    }

    @Test
    void numericOperatorsUseTheTimeValue() {
        assertThat(
                        run(
                                "const a = new Date(1000); const b = new Date(250); return [a - b, +a, a > b, a * 1, a == 1000, a < 500]"))
                .isEqualTo("[750, 1000, true, 1000, false, false]");
    }

    @Test
    void toPrimitiveHints() {
        assertThat(
                        run(
                                "const d = new Date(0); const p = d[Symbol.toPrimitive]; return [p.call(d, \"number\"), p.call(d, \"default\"), p.call(d, \"string\"), p.name, p.length]"))
                .isEqualTo(
                        "[0, \"Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)\", \"Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)\", \"[Symbol.toPrimitive]\", 1]");
    }

    @Test
    void toPrimitiveRejectsUnknownHints() {
        assertThat(
                        run(
                                "const d = new Date(0); try { d[Symbol.toPrimitive](\"bogus\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Invalid hint: bogus\"");
    }

    @Test
    void toPrimitiveRejectsNonObjects() {
        assertThat(
                        run(
                                "try { Date.prototype[Symbol.toPrimitive].call(1, \"number\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Method Date.prototype [ @@toPrimitive ] called on incompatible receiver 1\"");
    }

    @Test
    void toPrimitiveCallsTheOrdinaryMethods() {
        assertThat(
                        run(
                                "const o = { toString() { return \"s\" }, valueOf() { return 42 } }; const p = Date.prototype[Symbol.toPrimitive]; return [p.call(o, \"number\"), p.call(o, \"default\")]"))
                .isEqualTo("[42, \"s\"]");
    }

    @Test
    void parseIsoDateOnlyFormsAreUtc() {
        assertThat(
                        run(
                                "return [Date.parse(\"1970-01-01\"), Date.parse(\"2020\"), Date.parse(\"2020-06\"), Date.parse(\"2020-06-15\"), Date.parse(\"+002020-06-15\"), Date.parse(\"-000001-01-01T00:00:00Z\")]"))
                .isEqualTo("[0, 1577836800000, 1590969600000, 1592179200000, 1592179200000, -62198755200000]");
    }

    @Test
    void parseIsoDateTimes() {
        assertThat(
                        run(
                                "return [Date.parse(\"2020-06-15T10:20\"), Date.parse(\"2020-06-15T10:20:30.5\"), Date.parse(\"2020-06-15T10:20:30.123456Z\"), Date.parse(\"2020-06-15T24:00\"), Date.parse(\"2020-06-15T10:20:30+05:30\"), Date.parse(\"1970-01-01T00:00:00.000+00:00\")]"))
                .isEqualTo("[1592216400000, 1592216430500, 1592216430123, 1592265600000, 1592196630000, 0]");
    }

    @Test
    void parseRejectsOutOfRangeIsoFields() {
        assertThat(
                        run(
                                "return [Date.parse(\"2020-13-01\"), Date.parse(\"2020-06-15T24:00:01\"), Date.parse(\"2020-06-15T10:60\"), Date.parse(\"foo\"), Date.parse(\"\")]"))
                .isEqualTo("[NaN, NaN, NaN, NaN, NaN]");
    }

    @Test
    void parseLetsADayOverflowTheMonth() {
        assertThat(run("return Date.parse(\"2020-02-30\")")).isEqualTo("1583020800000");
    }

    @Test
    void parseAcceptsLooseIsoVariants() {
        assertThat(
                        run(
                                "return [Date.parse(\"2020-1-5\"), Date.parse(\"2020-06-15 10:20:30\"), Date.parse(\"2020-06-15T10:20:30+0530\"), Date.parse(\"2020-06-15T10:20:30z\"), Date.parse(\"  2020-06-15\")]"))
                .isEqualTo("[1578182400000, 1592216430000, 1592196630000, 1592216430000, 1592179200000]");
    }

    @Test
    void parseReadsWhatToStringAndToUtcStringPrint() {
        assertThat(
                        run(
                                "const d = new Date(1718454321000); return [Date.parse(d.toString()), Date.parse(d.toUTCString()), Date.parse(d.toISOString()), Date.parse(\"Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)\")]"))
                .isEqualTo("[1718454321000, 1718454321000, 1718454321000, 0]");
    }

    @Test
    void parseMonthNameForms() {
        assertThat(
                        run(
                                "return [Date.parse(\"Jan 1, 1970\"), Date.parse(\"1 January 1970\"), Date.parse(\"January 1, 1970 10:00:00\"), Date.parse(\"5 Mar 2024\"), Date.parse(\"2020 Jan 5\"), Date.parse(\"Jan 2020\"), Date.parse(\"Aug 20 24\")]"))
                .isEqualTo("[0, 0, 36000000, 1709596800000, 1578182400000, 1577836800000, 1724112000000]");
    }

    @Test
    void parseSlashForms() {
        assertThat(
                        run(
                                "return [Date.parse(\"1/2/1970\"), Date.parse(\"1/2/70\"), Date.parse(\"1/2/30\"), Date.parse(\"12/31/1999 23:59:59\"), Date.parse(\"2024/03/05\"), Date.parse(\"12:00 1/1/2000\")]"))
                .isEqualTo("[86400000, 86400000, 1893542400000, 946684799000, 1709596800000, 946728000000]");
    }

    @Test
    void parseAmPmAndZones() {
        assertThat(
                        run(
                                "return [Date.parse(\"Jan 1 1970 10:00 PM\"), Date.parse(\"Jan 1 1970 12:00 AM\"), Date.parse(\"20 Aug 2024 3:04:05 pm\"), Date.parse(\"Tue Mar 05 2024 14:30:00 GMT+0100\"), Date.parse(\"March 5, 2024 GMT-0500\"), Date.parse(\"Mar 5 2024 14:30:00 UTC\")]"))
                .isEqualTo("[79200000, 0, 1724166245000, 1709645400000, 1709614800000, 1709649000000]");
    }

    @Test
    void parseLimitsAndLeadingWords() {
        assertThat(
                        run(
                                "return [Date.parse(\"Sat, 13 Sep 275760 00:00:00 GMT\"), Date.parse(\"Sat, 13 Sep 275760 00:00:01 GMT\"), Date.parse(\"x 2020\"), Date.parse(\"5\"), Date.parse(\"x 13\")]"))
                .isEqualTo("[8640000000000000, NaN, 1577836800000, 988675200000, NaN]");
    }

    @Test
    void parseConvertsItsArgumentToString() {
        assertThat(
                        run(
                                "return [Date.parse({ toString() { return \"1970-01-02\" } }), Date.parse(), Date.parse.length]"))
                .isEqualTo("[86400000, NaN, 1]");
    }

    @Test
    void newDateFromAString() {
        assertThat(
                        run(
                                "return [new Date(\"2020-06-15T10:20:30Z\").getTime(), new Date(\"nonsense\").getTime(), new Date(\"Jan 1 2000\").toISOString()]"))
                .isEqualTo("[1592216430000, NaN, \"2000-01-01T00:00:00.000Z\"]");
    }

    @Test
    void dateMethodsAreNotEnumerable() {
        assertThat(run("return [Object.keys(Date.prototype), Object.keys(Date), Object.keys(new Date(0))]"))
                .isEqualTo("[[], [], []]");
    }

    @Test
    void datesCompareByTimeValueNotIdentity() {
        assertThat(
                        run(
                                "return [new Date(5) == new Date(5), new Date(5) <= new Date(5), new Date(5).getTime() === new Date(5).getTime()]"))
                .isEqualTo("[false, true, true]");
    }

    @Test
    void subclassesOfDate() {
        assertThat(
                        run(
                                "class D extends Date { year() { return this.getUTCFullYear() } } const d = new D(0); return [d.year(), d instanceof Date, d.toISOString()]"))
                .isEqualTo("[1970, true, \"1970-01-01T00:00:00.000Z\"]");
    }

    @Test
    void toLocaleStringCountsYearsOfTheEra() {
        assertThat(
                        run(
                                "const d = new Date(0); d.setUTCFullYear(0); const e = new Date(0); e.setUTCFullYear(-5); return [d.toLocaleString(), e.toLocaleDateString(), d.toString(), e.toISOString()]"))
                .isEqualTo(
                        "[\"1/1/1, 12:00:00 AM\", \"1/1/6\", \"Sat Jan 01 0000 00:00:00 GMT+0000 (Coordinated Universal Time)\", \"-000005-01-01T00:00:00.000Z\"]");
    }
}
