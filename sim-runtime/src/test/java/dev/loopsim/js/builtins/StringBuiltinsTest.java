package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * The String constructor, String.prototype and the String Iterator, one rule per test.
 * Each expected value was recorded by running the same snippet in Node v20 as {@code new Function(code)()}
 * and rendering the result the way {@link Snippets#render} does.
 */
class StringBuiltinsTest {

    /** All four installers of this group: the snippets mix strings, numbers and Math freely. */
    /** Every built-in group is registered in Engine; the snippet runs in a fresh one. */
    private static String run(String code) {
        return Snippets.run(code);
    }

    @Test
    void stringCalledAsAFunctionConverts() {
        assertThat(
                        run(
                                "return [String(), String(12), String(null), String(undefined), String(-0), String([1, [2, 3]]), String({}), String(true)]"))
                .isEqualTo("[\"\", \"12\", \"null\", \"undefined\", \"0\", \"1,2,3\", \"[object Object]\", \"true\"]");
    }

    @Test
    void stringOfASymbolIsItsDescriptiveString() {
        assertThat(run("return [String(Symbol(\"x\")), String(Symbol()), String(Symbol.iterator)]"))
                .isEqualTo("[\"Symbol(x)\", \"Symbol()\", \"Symbol(Symbol.iterator)\"]");
    }

    @Test
    void newStringOfASymbolIsATypeError() {
        assertThat(
                        run(
                                "try { new String(Symbol(\"x\")) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot convert a Symbol value to a string\"");
    }

    @Test
    void newStringMakesAWrapperObject() {
        assertThat(
                        run(
                                "const s = new String(\"ab\"); return [typeof s, s.length, s[0], s[1], s[2], s + \"c\", s instanceof String, Object.keys(s)]"))
                .isEqualTo("[\"object\", 2, \"a\", \"b\", undefined, \"abc\", true, [\"0\", \"1\"]]");
    }

    @Test
    void stringWrapperValueOfAndToString() {
        assertThat(
                        run(
                                "const s = new String(\"hi\"); return [s.valueOf(), s.toString(), typeof s.valueOf(), Object.prototype.toString.call(s)]"))
                .isEqualTo("[\"hi\", \"hi\", \"string\", \"[object String]\"]");
    }

    @Test
    void stringPrototypeIsAnEmptyString() {
        assertThat(run("return [String.prototype.length, String.prototype.toString(), String.prototype.valueOf()]"))
                .isEqualTo("[0, \"\", \"\"]");
    }

    @Test
    void toStringRequiresAString() {
        assertThat(
                        run(
                                "try { String.prototype.toString.call({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: String.prototype.toString requires that 'this' be a String\"");
    }

    @Test
    void valueOfRequiresAString() {
        assertThat(
                        run(
                                "try { String.prototype.valueOf.call(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: String.prototype.valueOf requires that 'this' be a String\"");
    }

    @Test
    void fromCharCodeTruncatesToUint16() {
        assertThat(
                        run(
                                "return [String.fromCharCode(72, 105), String.fromCharCode(65601), String.fromCharCode(-1).charCodeAt(0), String.fromCharCode(), String.fromCharCode(\"66\", 67.9), String.fromCharCode.length]"))
                .isEqualTo("[\"Hi\", \"A\", 65535, \"\", \"BC\", 1]");
    }

    @Test
    void fromCodePointBuildsSurrogatePairs() {
        assertThat(
                        run(
                                "const s = String.fromCodePoint(0x1F600, 97, 0x10FFFF); return [s.length, s.charCodeAt(0), s.charCodeAt(1), s.codePointAt(0), s.codePointAt(3), String.fromCodePoint()]"))
                .isEqualTo("[5, 55357, 56832, 128512, 1114111, \"\"]");
    }

    @Test
    void fromCodePointRejectsInvalidCodePoints() {
        assertThat(
                        run(
                                "const r = []; for (const v of [-1, 1.5, 0x110000, \"x\", Infinity, NaN]) { try { String.fromCodePoint(v); r.push(\"ok\") } catch (e) { r.push(e.constructor.name + \": \" + e.message) } } return r"))
                .isEqualTo(
                        "[\"RangeError: Invalid code point -1\", \"RangeError: Invalid code point 1.5\", \"RangeError: Invalid code point 1114112\", \"RangeError: Invalid code point NaN\", \"RangeError: Invalid code point Infinity\", \"RangeError: Invalid code point NaN\"]");
    }

    @Test
    void rawKeepsEscapesAndInterleavesSubstitutions() {
        assertThat(
                        run(
                                "return [String.raw`a\\nb${1 + 1}c\\u0041`, String.raw({raw: [\"x\", \"y\", \"z\"]}, 1, 2, 3, 4), String.raw({raw: \"abc\"}, \"-\", \"+\"), String.raw({raw: []}), String.raw.length]"))
                .isEqualTo("[\"a\\\\nb2c\\\\u0041\", \"x1y2z\", \"a-b+c\", \"\", 1]");
    }

    @Test
    void rawRequiresAnObjectWithRaw() {
        assertThat(run("try { String.raw({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot convert undefined or null to object\"");
    }

    @Test
    void atCountsNegativeIndicesFromTheEnd() {
        assertThat(
                        run(
                                "const s = \"abc\"; return [s.at(0), s.at(-1), s.at(-3), s.at(3), s.at(-4), s.at(1.7), s.at(\"1\"), s.at(NaN)]"))
                .isEqualTo("[\"a\", \"c\", \"a\", undefined, undefined, \"b\", \"b\", \"a\"]");
    }

    @Test
    void charAtAndCharCodeAtOutOfRange() {
        assertThat(
                        run(
                                "const s = \"h\u00E9\"; return [s.charAt(1), s.charAt(2), s.charAt(-1), s.charCodeAt(1), s.charCodeAt(5), s.charCodeAt(), s.charAt(Infinity)]"))
                .isEqualTo("[\"\u00E9\", \"\", \"\", 233, NaN, 104, \"\"]");
    }

    @Test
    void codePointAtReadsSurrogatePairs() {
        assertThat(
                        run(
                                "const s = \"a\uD83D\uDE00b\"; return [s.codePointAt(0), s.codePointAt(1), s.codePointAt(2), s.codePointAt(3), s.codePointAt(4), \"\\ud800x\".codePointAt(0)]"))
                .isEqualTo("[97, 128512, 56832, 98, undefined, 55296]");
    }

    @Test
    void concatConvertsEveryArgument() {
        assertThat(run("return [\"a\".concat(1, null, undefined, [2, 3], {}), \"\".concat(), \"x\".concat.length]"))
                .isEqualTo("[\"a1nullundefined2,3[object Object]\", \"\", 1]");
    }

    @Test
    void endsWithAndStartsWithTakePositions() {
        assertThat(
                        run(
                                "const s = \"hello world\"; return [s.startsWith(\"hello\"), s.startsWith(\"world\", 6), s.startsWith(\"\", 99), s.endsWith(\"world\"), s.endsWith(\"hello\", 5), s.endsWith(\"o\", -1), s.startsWith(\"h\", -5), s.endsWith(\"\")]"))
                .isEqualTo("[true, true, true, true, true, false, true, true]");
    }

    @Test
    void startsWithRejectsRegExpLikeArguments() {
        assertThat(
                        run(
                                "const r = []; for (const m of [\"startsWith\", \"endsWith\", \"includes\"]) { try { \"a\"[m]({[Symbol.match]: true}) } catch (e) { r.push(e.constructor.name + \": \" + e.message) } } return r"))
                .isEqualTo(
                        "[\"TypeError: First argument to String.prototype.startsWith must not be a regular expression\", \"TypeError: First argument to String.prototype.endsWith must not be a regular expression\", \"TypeError: First argument to String.prototype.includes must not be a regular expression\"]");
    }

    @Test
    void symbolMatchFalseLetsAnObjectBeASearchString() {
        assertThat(
                        run(
                                "const o = {[Symbol.match]: false, toString() { return \"b\" }}; return [\"abc\".includes(o), \"abc\".startsWith(o, 1), \"abc\".endsWith(o, 2)]"))
                .isEqualTo("[true, true, true]");
    }

    @Test
    void includesSearchesFromAPosition() {
        assertThat(
                        run(
                                "const s = \"abcabc\"; return [s.includes(\"ca\"), s.includes(\"ca\", 3), s.includes(\"\"), s.includes(\"abc\", -10), s.includes(undefined), \"undefined\".includes()]"))
                .isEqualTo("[true, false, true, true, false, true]");
    }

    @Test
    void indexOfClampsThePosition() {
        assertThat(
                        run(
                                "const s = \"abcabc\"; return [s.indexOf(\"b\"), s.indexOf(\"b\", 2), s.indexOf(\"b\", -5), s.indexOf(\"\", 3), s.indexOf(\"\", 99), s.indexOf(\"z\"), s.indexOf(\"c\", Infinity), s.indexOf()]"))
                .isEqualTo("[1, 4, 1, 3, 6, -1, -1, -1]");
    }

    @Test
    void lastIndexOfSearchesBackwardAndTreatsNaNAsInfinity() {
        assertThat(
                        run(
                                "const s = \"abcabc\"; return [s.lastIndexOf(\"b\"), s.lastIndexOf(\"b\", 3), s.lastIndexOf(\"b\", 0), s.lastIndexOf(\"a\", -5), s.lastIndexOf(\"\", 2), s.lastIndexOf(\"\", NaN), s.lastIndexOf(\"c\", \"x\"), s.lastIndexOf(\"z\")]"))
                .isEqualTo("[4, 1, -1, 0, 2, 6, 5, -1]");
    }

    @Test
    void localeCompareOrdersStrings() {
        assertThat(
                        run(
                                "return [\"a\".localeCompare(\"b\"), \"b\".localeCompare(\"a\"), \"a\".localeCompare(\"a\"), \"abc\".localeCompare(\"abd\"), \"\".localeCompare(\"a\"), \"a\".localeCompare()]"))
                .isEqualTo("[-1, 1, 0, -1, -1, -1]");
    }

    @Test
    void normalizeSupportsTheFourForms() {
        assertThat(
                        run(
                                "const s = \"e\\u0301\\ufb01\"; const r = []; for (const f of [undefined, \"NFC\", \"NFD\", \"NFKC\", \"NFKD\"]) { const n = s.normalize(f); let codes = []; for (let i = 0; i < n.length; i++) codes.push(n.charCodeAt(i)); r.push(codes.join(\" \")) } return r"))
                .isEqualTo("[\"233 64257\", \"233 64257\", \"101 769 64257\", \"233 102 105\", \"101 769 102 105\"]");
    }

    @Test
    void normalizeRejectsUnknownForms() {
        assertThat(run("try { \"a\".normalize(\"nfc\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.\"");
    }

    @Test
    void padStartAndPadEndRepeatAndTruncateTheFiller() {
        assertThat(
                        run(
                                "return [\"5\".padStart(3, \"0\"), \"abc\".padStart(8, \"12\"), \"abc\".padEnd(8, \"12\"), \"abc\".padStart(2), \"abc\".padEnd(6), \"abc\".padStart(6, \"\"), \"x\".padEnd(3, null), \"x\".padStart(-1, \"z\"), \"x\".padStart(3.9, \"-\")]"))
                .isEqualTo(
                        "[\"005\", \"12121abc\", \"abc12121\", \"abc\", \"abc   \", \"abc\", \"xnu\", \"x\", \"--x\"]");
    }

    @Test
    void padBeyondTheMaximumStringLengthIsARangeError() {
        assertThat(run("try { \"a\".padStart(2 ** 30) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Invalid string length\"");
    }

    @Test
    void repeatConcatenatesCopies() {
        assertThat(
                        run(
                                "return [\"ab\".repeat(3), \"ab\".repeat(0), \"\".repeat(5), \"x\".repeat(2.9), \"x\".repeat(\"2\"), \"x\".repeat(null), \"\".repeat(2 ** 40)]"))
                .isEqualTo("[\"ababab\", \"\", \"\", \"xx\", \"xx\", \"\", \"\"]");
    }

    @Test
    void repeatRejectsNegativeAndInfiniteCounts() {
        assertThat(
                        run(
                                "const r = []; for (const n of [-1, Infinity, -Infinity, -0.5, -1.5]) { try { r.push(\"a\".repeat(n)) } catch (e) { r.push(e.constructor.name + \": \" + e.message) } } return r"))
                .isEqualTo(
                        "[\"RangeError: Invalid count value: -1\", \"RangeError: Invalid count value: Infinity\", \"RangeError: Invalid count value: -Infinity\", \"\", \"RangeError: Invalid count value: -1.5\"]");
    }

    @Test
    void repeatBeyondTheMaximumStringLengthIsARangeError() {
        assertThat(run("try { \"ab\".repeat(2 ** 29) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Invalid string length\"");
    }

    @Test
    void replaceReplacesTheFirstOccurrence() {
        assertThat(
                        run(
                                "return [\"a-b-c\".replace(\"-\", \"+\"), \"abc\".replace(\"x\", \"y\"), \"abc\".replace(\"\", \"^\"), \"aaa\".replace(\"a\", \"b\"), \"abc\".replace(\"b\"), \"null\".replace(null, \"N\"), \"12\".replace(1, 3)]"))
                .isEqualTo("[\"a+b-c\", \"abc\", \"^abc\", \"baa\", \"aundefinedc\", \"N\", \"32\"]");
    }

    @Test
    void replacementPatternsInReplace() {
        assertThat(
                        run(
                                "const s = \"one two three\"; return [s.replace(\"two\", \"[$&]\"), s.replace(\"two\", \"[$`]\"), s.replace(\"two\", \"[$']\"), s.replace(\"two\", \"$$\"), s.replace(\"two\", \"$1 $<x> $0 $\"), s.replace(\"two\", \"$$&\"), s.replace(\"two\", \"$\")]"))
                .isEqualTo(
                        "[\"one [two] three\", \"one [one ] three\", \"one [ three] three\", \"one $ three\", \"one $1 $<x> $0 $ three\", \"one $& three\", \"one $ three\"]");
    }

    @Test
    void replaceCallsAFunctionReplacerWithMatchPositionAndString() {
        assertThat(
                        run(
                                "const calls = []; const r = \"xabcx\".replace(\"bc\", function (m, p, s) { calls.push([m, p, s, this === undefined, arguments.length]); return \"<\" + m + \">\" }); return [r, calls]"))
                .isEqualTo("[\"xa<bc>x\", [[\"bc\", 2, \"xabcx\", false, 3]]]");
    }

    @Test
    void replaceFunctionResultIsConvertedAndNotExpanded() {
        assertThat(
                        run(
                                "return [\"abc\".replace(\"b\", () => \"$&$&\"), \"abc\".replace(\"b\", () => 42), \"abc\".replace(\"b\", () => undefined)]"))
                .isEqualTo("[\"a$&$&c\", \"a42c\", \"aundefinedc\"]");
    }

    @Test
    void replaceAllReplacesEveryOccurrence() {
        assertThat(
                        run(
                                "return [\"a-b-c\".replaceAll(\"-\", \"+\"), \"aaaa\".replaceAll(\"aa\", \"b\"), \"abc\".replaceAll(\"\", \"-\"), \"\".replaceAll(\"\", \"x\"), \"abab\".replaceAll(\"b\", \"$&$&\"), \"abab\".replaceAll(\"b\", \"[$`]\")]"))
                .isEqualTo("[\"a+b+c\", \"bb\", \"-a-b-c-\", \"x\", \"abbabb\", \"a[a]a[aba]\"]");
    }

    @Test
    void replaceAllCallsTheReplacerForEachMatch() {
        assertThat(
                        run(
                                "const seen = []; const r = \"a.b.c\".replaceAll(\".\", (m, p) => { seen.push(p); return \"/\" }); return [r, seen]"))
                .isEqualTo("[\"a/b/c\", [1, 3]]");
    }

    @Test
    void replaceDelegatesToSymbolReplace() {
        assertThat(
                        run(
                                "const pattern = {[Symbol.replace](s, r) { return [\"called\", s, r] }}; return [\"abc\".replace(pattern, \"x\"), \"abc\".replaceAll(pattern, \"y\")]"))
                .isEqualTo("[[\"called\", \"abc\", \"x\"], [\"called\", \"abc\", \"y\"]]");
    }

    @Test
    void replaceAllRejectsANonGlobalRegExpLike() {
        assertThat(
                        run(
                                "const pattern = {[Symbol.match]: true, flags: \"i\", [Symbol.replace]() { return \"no\" }}; try { \"a\".replaceAll(pattern, \"b\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: String.prototype.replaceAll called with a non-global RegExp argument\"");
    }

    @Test
    void replaceAllAcceptsAGlobalRegExpLike() {
        assertThat(
                        run(
                                "const pattern = {[Symbol.match]: true, flags: \"gi\", [Symbol.replace](s) { return \"replaced \" + s }}; return \"abc\".replaceAll(pattern, \"x\")"))
                .isEqualTo("\"replaced abc\"");
    }

    @Test
    void matchSearchAndSplitDelegateToTheirSymbols() {
        assertThat(
                        run(
                                "const p = {[Symbol.match](s) { return \"match \" + s }, [Symbol.search](s) { return \"search \" + s }, [Symbol.split](s, l) { return \"split \" + s + \" \" + l }, [Symbol.matchAll](s) { return \"matchAll \" + s }, flags: \"g\"}; return [\"ab\".match(p), \"ab\".search(p), \"ab\".split(p, 3), \"ab\".matchAll(p)]"))
                .isEqualTo("[\"match ab\", \"search ab\", \"split ab 3\", \"matchAll ab\"]");
    }

    @Test
    void matchAllRejectsANonGlobalRegExpLike() {
        assertThat(
                        run(
                                "const p = {[Symbol.match]: true, flags: \"\", [Symbol.matchAll]() { return 1 }}; try { \"a\".matchAll(p) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: String.prototype.matchAll called with a non-global RegExp argument\"");
    }

    @Test
    void delegationPassesTheOriginalThisValue() {
        assertThat(
                        run(
                                "const p = {[Symbol.replace](s) { return typeof s }, [Symbol.split](s) { return typeof s }}; return [String.prototype.replace.call(12, p), String.prototype.split.call(true, p)]"))
                .isEqualTo("[\"number\", \"boolean\"]");
    }

    @Test
    void sliceTakesNegativeIndices() {
        assertThat(
                        run(
                                "const s = \"abcdef\"; return [s.slice(2), s.slice(-2), s.slice(1, -1), s.slice(4, 2), s.slice(-100, 2), s.slice(2, undefined), s.slice(NaN, 2), s.slice(0, Infinity)]"))
                .isEqualTo("[\"cdef\", \"ef\", \"bcde\", \"\", \"ab\", \"cdef\", \"ab\", \"abcdef\"]");
    }

    @Test
    void splitBySeparatorAndLimit() {
        assertThat(
                        run(
                                "return [\"a,b,,c\".split(\",\"), \"a,b,c\".split(\",\", 2), \"abc\".split(\"\"), \"abc\".split(\"\", 2), \"abc\".split(), \"\".split(\",\"), \"\".split(\"\"), \"a,b\".split(\",\", 0), \"abc\".split(\"abc\"), \"a--b\".split(\"--\")]"))
                .isEqualTo(
                        "[[\"a\", \"b\", \"\", \"c\"], [\"a\", \"b\"], [\"a\", \"b\", \"c\"], [\"a\", \"b\"], [\"abc\"], [\"\"], [], [], [\"\", \"\"], [\"a\", \"b\"]]");
    }

    @Test
    void splitLimitIsConvertedToUint32() {
        assertThat(
                        run(
                                "return [\"a,b,c\".split(\",\", -1), \"a,b,c\".split(\",\", 2 ** 32 + 1), \"a,b,c\".split(\",\", \"2\"), \"a,b,c\".split(undefined, 0)]"))
                .isEqualTo("[[\"a\", \"b\", \"c\"], [\"a\"], [\"a\", \"b\"], []]");
    }

    @Test
    void splitOfASurrogatePairSplitsCodeUnits() {
        assertThat(
                        run(
                                "const parts = \"\uD83D\uDE00\".split(\"\"); return [parts.length, parts[0].charCodeAt(0), parts[1].charCodeAt(0)]"))
                .isEqualTo("[2, 55357, 56832]");
    }

    @Test
    void substringSwapsAndClampsItsArguments() {
        assertThat(
                        run(
                                "const s = \"abcdef\"; return [s.substring(1, 4), s.substring(4, 1), s.substring(-3, 2), s.substring(3), s.substring(NaN, 2), s.substring(2, 100), s.substring(1, -1)]"))
                .isEqualTo("[\"bcd\", \"bcd\", \"ab\", \"def\", \"ab\", \"cdef\", \"a\"]");
    }

    @Test
    void substrTakesAStartAndALength() {
        assertThat(
                        run(
                                "const s = \"abcdef\"; return [s.substr(1, 3), s.substr(-3, 2), s.substr(-100, 2), s.substr(2), s.substr(1, -1), s.substr(10), s.substr(-Infinity, 2), s.substr(1, Infinity)]"))
                .isEqualTo("[\"bcd\", \"de\", \"ab\", \"cdef\", \"\", \"\", \"ab\", \"bcdef\"]");
    }

    @Test
    void caseMappingIsLocaleIndependentAndCanChangeLength() {
        assertThat(
                        run(
                                "return [\"Hello\".toLowerCase(), \"Hello\".toUpperCase(), \"stra\u00DFe\".toUpperCase(), \"\u0130\".toLowerCase().length, \"\u03A3\u0391\u03A3\".toLowerCase(), \"\u01C5\".toUpperCase(), \"\u01C5\".toLowerCase(), \"i\".toLocaleUpperCase(), \"I\".toLocaleLowerCase()]"))
                .isEqualTo(
                        "[\"hello\", \"HELLO\", \"STRASSE\", 2, \"\u03C3\u03B1\u03C2\", \"\u01C4\", \"\u01C6\", \"I\", \"i\"]");
    }

    @Test
    void trimRemovesEcmaScriptWhitespace() {
        assertThat(
                        run(
                                "const s = \"\\u00a0\\ufeff\\t\\n\\u2028 a b \\u3000\\r\\u000b\\u000c\"; return [s.trim(), s.trimStart().length, s.trimEnd().length, \"\\u180ex\\u180e\".trim().length, \"\\u200bx\".trim().length]"))
                .isEqualTo("[\"a b\", 8, 9, 3, 2]");
    }

    @Test
    void trimLeftAndTrimRightAreAliases() {
        assertThat(
                        run(
                                "return [String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd, String.prototype.trimLeft.name, String.prototype.trimRight.name]"))
                .isEqualTo("[true, true, \"trimStart\", \"trimEnd\"]");
    }

    @Test
    void methodsConvertTheirThisValue() {
        assertThat(
                        run(
                                "return [String.prototype.toUpperCase.call(true), String.prototype.slice.call(12345, 1, 3), String.prototype.at.call([1, 2], 1), String.prototype.concat.call({toString() { return \"o\" }}, \"k\")]"))
                .isEqualTo("[\"TRUE\", \"23\", \",\", \"ok\"]");
    }

    @Test
    void methodsRejectNullAndUndefinedThis() {
        assertThat(
                        run(
                                "const r = []; for (const m of [\"at\", \"trim\", \"slice\", \"padStart\", \"split\", \"replace\", \"includes\"]) { try { String.prototype[m].call(null) } catch (e) { r.push(e.constructor.name + \": \" + e.message) } } return r"))
                .isEqualTo(
                        "[\"TypeError: String.prototype.at called on null or undefined\", \"TypeError: String.prototype.trim called on null or undefined\", \"TypeError: String.prototype.slice called on null or undefined\", \"TypeError: String.prototype.padStart called on null or undefined\", \"TypeError: String.prototype.split called on null or undefined\", \"TypeError: String.prototype.replace called on null or undefined\", \"TypeError: String.prototype.includes called on null or undefined\"]");
    }

    @Test
    void iteratorCallOnNullIsATypeError() {
        assertThat(
                        run(
                                "try { String.prototype[Symbol.iterator].call(undefined) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: String.prototype[Symbol.iterator] called on null or undefined\"");
    }

    @Test
    void iteratorYieldsCodePoints() {
        assertThat(
                        run(
                                "const r = []; for (const c of \"a\uD83D\uDE00b\\ud800\\udc00\\udc00c\") r.push(c.length + \":\" + c.codePointAt(0)); return r"))
                .isEqualTo("[\"1:97\", \"2:128512\", \"1:98\", \"2:65536\", \"1:56320\", \"1:99\"]");
    }

    @Test
    void stringIteratorObject() {
        assertThat(
                        run(
                                "const it = \"ab\"[Symbol.iterator](); const proto = Object.getPrototypeOf(it); return [Object.prototype.toString.call(it), proto[Symbol.toStringTag], typeof proto.next, it.next(), it.next(), it.next(), it.next(), Object.keys(proto)]"))
                .isEqualTo(
                        "[\"[object String Iterator]\", \"String Iterator\", \"function\", {value: \"a\", done: false}, {value: \"b\", done: false}, {value: undefined, done: true}, {value: undefined, done: true}, []]");
    }

    @Test
    void stringIteratorInheritsFromIteratorPrototype() {
        assertThat(
                        run(
                                "const it = \"\"[Symbol.iterator](); const ip = Object.getPrototypeOf(Object.getPrototypeOf(it)); const arrayIp = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())); return [ip === arrayIp, it[Symbol.iterator]() === it]"))
                .isEqualTo("[true, true]");
    }

    @Test
    void stringIteratorNextRejectsOtherReceivers() {
        assertThat(
                        run(
                                "const next = Object.getPrototypeOf(\"\"[Symbol.iterator]()).next; try { next.call({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Method String Iterator.prototype.next called on incompatible receiver #<Object>\"");
    }

    @Test
    void stringIteratorConvertsItsThisValue() {
        assertThat(
                        run(
                                "const r = []; for (const c of String.prototype[Symbol.iterator].call(123)) r.push(c); return r"))
                .isEqualTo("[\"1\", \"2\", \"3\"]");
    }

    @Test
    void isWellFormedAndToWellFormed() {
        assertThat(
                        run(
                                "return [\"ab\".isWellFormed(), \"a\\ud800\".isWellFormed(), \"\uD83D\uDE00\".isWellFormed(), \"\\udc00a\".isWellFormed(), \"a\\ud800b\\udc00\".toWellFormed().charCodeAt(1), \"\uD83D\uDE00\".toWellFormed() === \"\uD83D\uDE00\"]"))
                .isEqualTo("[true, false, true, false, 65533, true]");
    }

    @Test
    void methodLengths() {
        assertThat(
                        run(
                                "const p = String.prototype; return [p.at.length, p.charAt.length, p.concat.length, p.endsWith.length, p.includes.length, p.indexOf.length, p.lastIndexOf.length, p.localeCompare.length, p.match.length, p.matchAll.length, p.normalize.length, p.padEnd.length, p.padStart.length, p.repeat.length, p.replace.length, p.replaceAll.length, p.search.length, p.slice.length, p.split.length, p.startsWith.length, p.substr.length, p.substring.length, p.trim.length, String.length, String.fromCodePoint.length]"))
                .isEqualTo("[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 2, 2, 1, 2, 2, 1, 2, 2, 0, 1, 1]");
    }

    @Test
    void methodsAreNotEnumerable() {
        assertThat(run("return [Object.keys(String.prototype), Object.keys(String)]"))
                .isEqualTo("[[], []]");
    }

    @Test
    void iteratorFunctionName() {
        assertThat(run("return [String.prototype[Symbol.iterator].name, String.prototype[Symbol.iterator].length]"))
                .isEqualTo("[\"[Symbol.iterator]\", 0]");
    }

    @Test
    void stringSubclassingKeepsThePrototype() {
        assertThat(
                        run(
                                "class S extends String { twice() { return this + this } } const s = new S(\"ab\"); return [s.twice(), s.length, s instanceof S, s instanceof String]"))
                .isEqualTo("[\"abab\", 2, true, true]");
    }

    @Test
    void wellKnownSymbolsExist() {
        assertThat(
                        run(
                                "return [typeof Symbol.match, typeof Symbol.matchAll, typeof Symbol.replace, typeof Symbol.search, typeof Symbol.split, String(Symbol.replace)]"))
                .isEqualTo("[\"symbol\", \"symbol\", \"symbol\", \"symbol\", \"symbol\", \"Symbol(Symbol.replace)\"]");
    }

    @Test
    void stringConstructorProperties() {
        assertThat(
                        run(
                                "return [String.name, typeof String.prototype, String.prototype.constructor === String, String(\"a\") === \"a\", typeof new String(\"a\")]"))
                .isEqualTo("[\"String\", \"object\", true, true, \"object\"]");
    }

    @Test
    void indexedAccessOnPrimitives() {
        assertThat(
                        run(
                                "const s = \"h\u00E9llo\"; return [s[1], s[10], s.length, s[\"length\"], \"\uD83D\uDE00\".length]"))
                .isEqualTo("[\"\u00E9\", undefined, 5, 5, 2]");
    }

    @Test
    void regExpLikeWithoutFlagsIsATypeError() {
        assertThat(
                        run(
                                "const r = []; for (const m of [\"replaceAll\", \"matchAll\"]) { try { \"a\"[m]({[Symbol.match]: true}, \"\") } catch (e) { r.push(e.constructor.name + \": \" + e.message) } } return r"))
                .isEqualTo(
                        "[\"TypeError: String.prototype.replaceAll called on null or undefined\", \"TypeError: The .flags property of the argument to String.prototype.matchAll cannot be null or undefined\"]");
    }

    @Test
    void nullishPatternsAreConvertedToStrings() {
        assertThat(
                        run(
                                "return [\"undefined null\".replace(undefined, \"U\"), \"undefined null\".replaceAll(null, \"N\"), \"a null b\".split(null), \"xundefined\".split(undefined)]"))
                .isEqualTo("[\"U null\", \"undefined N\", [\"a \", \" b\"], [\"xundefined\"]]");
    }

    @Test
    void stringWrapperIndexAndLengthAreReadOnly() {
        assertThat(
                        run(
                                "const s = new String(\"ab\"); s[0] = \"z\"; s.length = 5; s[5] = \"x\"; return [s[0], s.length, delete s[0], delete s.length, s[5], Object.keys(s)]"))
                .isEqualTo("[\"a\", 2, false, false, \"x\", [\"0\", \"1\", \"5\"]]");
    }

    @Test
    void splitWithAnObjectSeparatorUsesItsString() {
        assertThat(
                        run(
                                "return [\"a1b1c\".split({toString() { return \"1\" }}), \"a,b\".split(\",\", {valueOf() { return 1 }})]"))
                .isEqualTo("[[\"a\", \"b\", \"c\"], [\"a\"]]");
    }

    @Test
    void padWithAnObjectFillerUsesItsString() {
        assertThat(
                        run(
                                "return [\"a\".padStart(4, {toString() { return \"xy\" }}), \"a\".padEnd(3, 0), \"abc\".padEnd(5, \"\")]"))
                .isEqualTo("[\"xyxa\", \"a00\", \"abc\"]");
    }

    @Test
    void searchAndIndexArgumentsAreConverted() {
        assertThat(
                        run(
                                "return [\"a1b\".indexOf(1), \"truefalse\".indexOf(false), \"abc\".includes(\"b\", \"1\"), \"abc\".charAt(\"1\"), \"abc\".slice(\"1\", \"2\")]"))
                .isEqualTo("[1, 4, true, \"b\", \"b\"]");
    }
}
