package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * RegExp construction, matching and the Symbol methods String.prototype delegates to (ECMA-262 §22.2).
 * Expected values were recorded by running each snippet in Node v20 (TZ=UTC) and rendering its result
 * as {@link Snippets#render} does.
 */
class RegExpBuiltinsTest {

    private static String run(String code) {
        return Snippets.run(code);
    }

    @Test
    void execReturnsMatchWithIndexAndInput() {
        assertThat(run("const m = /b+/.exec(\"abbc\"); return [m[0], m.index, m.input, m.length, m.groups]"))
                .isEqualTo("[\"bb\", 1, \"abbc\", 1, undefined]");
    }

    @Test
    void execReturnsNullWithoutAMatch() {
        assertThat(run("return /z/.exec(\"abc\")")).isEqualTo("null");
    }

    @Test
    void execListsCapturesAndUndefinedForUnmatchedGroups() {
        assertThat(run("return /(a)|(b)/.exec(\"b\")")).isEqualTo("[\"b\", undefined, \"b\"]");
    }

    @Test
    void execResultIsAnArrayWithExtraOwnProperties() {
        assertThat(run("const m = /a/.exec(\"xa\"); return Object.keys(m)"))
                .isEqualTo("[\"0\", \"index\", \"input\", \"groups\"]");
    }

    @Test
    void literalAndConstructorBehaveAlike() {
        assertThat(
                        run(
                                "return [new RegExp(\"a.c\").test(\"abc\"), RegExp(\"a.c\", \"g\").global, /a.c/.test(\"a\\nc\")]"))
                .isEqualTo("[true, true, false]");
    }

    @Test
    void testConvertsItsArgumentToString() {
        assertThat(run("return [/null/.test(null), /undefined/.test(), /1/.test(12)]"))
                .isEqualTo("[true, true, true]");
    }

    @Test
    void digitWordAndSpaceClassesAreAscii() {
        assertThat(
                        run(
                                "return [/\\d/.test(\"\\u0661\"), /\\w/.test(\"\\u00e9\"), /\\w+/.exec(\"ab_9-\")[0], /\\D/.test(\"5\")]"))
                .isEqualTo("[false, false, \"ab_9\", false]");
    }

    @Test
    void spaceClassIncludesBomAndUnicodeSpaces() {
        assertThat(
                        run(
                                "return [/\\s/.test(\"\\ufeff\"), /\\s/.test(\"\\u00a0\"), /\\s/.test(\"\\u2003\"), /\\s/.test(\"\\u200b\"), /\\S/.test(\"\\u3000\")]"))
                .isEqualTo("[true, true, true, false, false]");
    }

    @Test
    void dotExcludesOnlyJsLineTerminators() {
        assertThat(
                        run(
                                "return [/./.test(\"\\n\"), /./.test(\"\\r\"), /./.test(\"\\u2028\"), /./.test(\"\\u0085\"), /./.test(\"\\v\")]"))
                .isEqualTo("[false, false, false, true, true]");
    }

    @Test
    void dotAllFlagMakesDotMatchNewlines() {
        assertThat(run("return [/a.b/s.test(\"a\\nb\"), /a.b/.test(\"a\\nb\"), /./s.dotAll]"))
                .isEqualTo("[true, false, true]");
    }

    @Test
    void emptyNegatedClassMatchesAnything() {
        assertThat(run("return [/[^]/.test(\"\\n\"), /a[^]b/.exec(\"a\\nb\")[0]]"))
                .isEqualTo("[true, \"a\nb\"]");
    }

    @Test
    void emptyClassMatchesNothing() {
        assertThat(run("return [/[]/.test(\"a\"), /a[]/.test(\"a\"), /x|[]/.exec(\"x\")[0]]"))
                .isEqualTo("[false, false, \"x\"]");
    }

    @Test
    void caretAndDollarAnchorTheWholeInputWithoutM() {
        assertThat(run("return [/^b/.test(\"a\\nb\"), /a$/.test(\"a\\n\"), /^a$/.test(\"a\")]"))
                .isEqualTo("[false, false, true]");
    }

    @Test
    void multilineAnchorsAtJsLineTerminators() {
        assertThat(
                        run(
                                "return [/^b/m.test(\"a\\nb\"), /a$/m.test(\"a\\rb\"), /^b$/m.test(\"a\\u2028b\\u2029c\"), /^c/m.exec(\"ab\\r\\nc\").index]"))
                .isEqualTo("[true, true, true, 4]");
    }

    @Test
    void dollarDoesNotMatchBeforeATrailingNewline() {
        assertThat(run("return /abc$/.exec(\"abc\\n\")")).isEqualTo("null");
    }

    @Test
    void ignoreCaseMatchesUnicodeLetters() {
        assertThat(
                        run(
                                "return [/abc/i.test(\"ABC\"), /\\u00e9/i.test(\"\\u00c9\"), /[a-z]+/i.exec(\"HeLLo\")[0], /\\u03c3/i.test(\"\\u03a3\")]"))
                .isEqualTo("[true, true, \"HeLLo\", true]");
    }

    @Test
    void wordBoundaryUsesAsciiWordCharacters() {
        assertThat(
                        run(
                                "return [/\\bfoo\\b/.test(\"a foo b\"), /\\bfoo\\b/.test(\"afoo\"), /\\Boo/.exec(\"foo\").index, /\\b\\u00e9/.test(\"\\u00e9\")]"))
                .isEqualTo("[true, false, 1, false]");
    }

    @Test
    void backreferenceMatchesTheSameText() {
        assertThat(
                        run(
                                "return [/(a+)b\\1/.exec(\"aabaa\")[0], /(\\w)\\1/.test(\"abc\"), /(\\w)\\1/.exec(\"abbc\")[0]]"))
                .isEqualTo("[\"aabaa\", false, \"bb\"]");
    }

    @Test
    void backreferenceToAnUnmatchedGroupMatchesEmpty() {
        assertThat(run("return [/(?:(a)|b)\\1c/.exec(\"bc\")[0], /(a)?\\1x/.exec(\"x\")]"))
                .isEqualTo("[\"bc\", [\"x\", undefined]]");
    }

    @Test
    void forwardReferenceMatchesEmpty() {
        assertThat(run("return [/\\1(a)/.exec(\"a\")[0], /(a\\1)/.exec(\"aa\")[0]]"))
                .isEqualTo("[\"a\", \"a\"]");
    }

    @Test
    void ignoreCaseBackreference() {
        assertThat(run("return /(a)\\1/i.exec(\"aA\")[0]")).isEqualTo("\"aA\"");
    }

    @Test
    void namedGroupsFillTheGroupsObject() {
        assertThat(
                        run(
                                "const m = /(?<year>\\d{4})-(?<month>\\d\\d)/.exec(\"on 2024-05\"); return [m.groups, m[1], m[2], Object.getPrototypeOf(m.groups)]"))
                .isEqualTo("[{year: \"2024\", month: \"05\"}, \"2024\", \"05\", null]");
    }

    @Test
    void namedGroupThatDidNotMatchIsUndefined() {
        assertThat(run("const g = /(?<a>x)|(?<b>y)/.exec(\"y\").groups; return [g.a, g.b, Object.keys(g)]"))
                .isEqualTo("[undefined, \"y\", [\"a\", \"b\"]]");
    }

    @Test
    void namedBackreference() {
        assertThat(
                        run(
                                "return [/(?<q>['\"]).*?\\k<q>/.exec(\"say \\\"hi\\\" now\")[0], /\\k<a>(?<a>b)/.exec(\"b\")[0]]"))
                .isEqualTo("[\"\\\"hi\\\"\", \"b\"]");
    }

    @Test
    void kIsALiteralWithoutNamedGroups() {
        assertThat(run("return /\\k/.test(\"k\")")).isEqualTo("true");
    }

    @Test
    void lookaheadAndLookbehind() {
        assertThat(
                        run(
                                "return [/a(?=b)/.exec(\"ab\")[0], /a(?!b)/.exec(\"abac\").index, /(?<=\\$)\\d+/.exec(\"cost $42\")[0], /(?<!\\$)\\b\\d+/.exec(\"$4 and 5\")[0]]"))
                .isEqualTo("[\"a\", 2, \"42\", \"5\"]");
    }

    @Test
    void lookbehindCapturesGroups() {
        assertThat(run("return /(?<=(\\w)@)x/.exec(\"a@x\")")).isEqualTo("[\"x\", \"a\"]");
    }

    @Test
    void quantifiersGreedyAndLazy() {
        assertThat(
                        run(
                                "return [/a{2}/.exec(\"aaaa\")[0], /a{2,}/.exec(\"aaaa\")[0], /a{1,3}?/.exec(\"aaaa\")[0], /a+?/.exec(\"aaa\")[0], /<.*>/.exec(\"<a><b>\")[0], /<.*?>/.exec(\"<a><b>\")[0]]"))
                .isEqualTo("[\"aa\", \"aaaa\", \"a\", \"a\", \"<a><b>\", \"<a>\"]");
    }

    @Test
    void braceThatIsNotAQuantifierIsALiteral() {
        assertThat(
                        run(
                                "return [/a{/.test(\"a{\"), /a{x}/.test(\"a{x}\"), /}/.test(\"}\"), /]/.test(\"]\"), /a{,2}/.test(\"a{,2}\")]"))
                .isEqualTo("[true, true, true, true, true]");
    }

    @Test
    void quantifierAppliesToTheWholeAtom() {
        assertThat(
                        run(
                                "return [/(?:ab)+/.exec(\"ababx\")[0], /[ab]+/.exec(\"abba\")[0], /\\d{2}/.exec(\"x123\")[0], /\\u0041+/.exec(\"AAB\")[0]]"))
                .isEqualTo("[\"abab\", \"abba\", \"12\", \"AA\"]");
    }

    @Test
    void alternationAndGroups() {
        assertThat(run("return [/cat|dog/.exec(\"hotdog\")[0], /(a|ab)(c|bcd)(d*)/.exec(\"abcd\")]"))
                .isEqualTo("[\"dog\", [\"abcd\", \"a\", \"bcd\", \"\"]]");
    }

    @Test
    void characterClassRangesAndEscapes() {
        assertThat(
                        run(
                                "return [/[a-c]+/.exec(\"xabcd\")[0], /[\\d.]+/.exec(\"v1.25!\")[0], /[^\\w\\s]/.exec(\"ab c!\")[0], /[\\-a]+/.exec(\"x-a-\")[0], /[a-]+/.exec(\"-a\")[0]]"))
                .isEqualTo("[\"abc\", \"1.25\", \"!\", \"-a-\", \"-a\"]");
    }

    @Test
    void javaClassSyntaxIsLiteralInJs() {
        assertThat(run("return [/[&&a]+/.exec(\"&a&\")[0], /[[a]+/.exec(\"[a[\")[0], /[a&&b]/.test(\"&\")]"))
                .isEqualTo("[\"&a&\", \"[a[\", true]");
    }

    @Test
    void classEscapesInsideClasses() {
        assertThat(
                        run(
                                "return [/[\\s\\d]+/.exec(\"a 1 2b\")[0], /[\\D]/.exec(\"12a\")[0], /[^\\W]/.exec(\"!!x\")[0], /[\\b]/.test(\"\\b\")]"))
                .isEqualTo("[\" 1 2\", \"a\", \"x\", true]");
    }

    @Test
    void controlHexUnicodeAndNullEscapes() {
        assertThat(
                        run(
                                "return [/\\cJ/.test(\"\\n\"), /\\x41/.test(\"A\"), /\\u0042/.test(\"B\"), /\\0/.test(\"\\0\"), /\\t\\v\\f/.test(\"\\t\\v\\f\")]"))
                .isEqualTo("[true, true, true, true, true]");
    }

    @Test
    void legacyOctalAndIdentityEscapesWithoutU() {
        assertThat(
                        run(
                                "return [/\\101/.test(\"A\"), /\\8/.test(\"8\"), /\\q/.test(\"q\"), /\\c/.test(\"\\\\c\"), /a\\1/.test(\"a\\u0001\"), /\\x4/.test(\"x4\")]"))
                .isEqualTo("[true, true, true, true, true, true]");
    }

    @Test
    void unicodeFlagMatchesCodePoints() {
        assertThat(
                        run(
                                "return [/^.$/u.test(\"\\ud83d\\ude00\"), /\\u{1F600}/u.test(\"\\ud83d\\ude00\"), /\\ud83d\\ude00/u.exec(\"x\\ud83d\\ude00\").index, /^[\\ud83d\\ude00]$/u.test(\"\\ud83d\\ude00\")]"))
                .isEqualTo("[true, true, 1, true]");
    }

    @Test
    void unicodePropertyEscapes() {
        assertThat(
                        run(
                                "return [/\\p{L}+/u.exec(\"1\\u00e9t\\u00e9!\")[0], /\\p{Lu}/u.test(\"a\"), /\\p{Script=Greek}/u.test(\"\\u03b1\"), /\\P{Letter}+/u.exec(\"ab12c\")[0], /\\p{Nd}/u.test(\"\\u0661\"), /\\p{ASCII_Hex_Digit}+/u.exec(\"xfF9g\")[0]]"))
                .isEqualTo("[\"\u00e9t\u00e9\", false, true, \"12\", true, \"fF9\"]");
    }

    @Test
    void propertyEscapeIsALiteralPWithoutU() {
        assertThat(run("return /\\p{L}/.test(\"p{L}\")")).isEqualTo("true");
    }

    @Test
    void stickyMatchesOnlyAtLastIndex() {
        assertThat(
                        run(
                                "const r = /a/y; r.lastIndex = 1; const first = r.test(\"ba\"); const li = r.lastIndex; const second = r.test(\"ba\"); return [first, li, second, r.lastIndex]"))
                .isEqualTo("[true, 2, false, 0]");
    }

    @Test
    void stickyDoesNotSearchAhead() {
        assertThat(run("const r = /b/y; return [r.exec(\"ab\"), r.lastIndex]")).isEqualTo("[null, 0]");
    }

    @Test
    void stickyCaretMatchesOnlyAtInputStart() {
        assertThat(run("const r = /^b/y; r.lastIndex = 1; return r.test(\"ab\")"))
                .isEqualTo("false");
    }

    @Test
    void globalExecAdvancesLastIndex() {
        assertThat(
                        run(
                                "const r = /o/g; const s = \"foo\"; const a = r.exec(s).index; const b = r.lastIndex; const c = r.exec(s).index; const d = r.exec(s); return [a, b, c, d, r.lastIndex]"))
                .isEqualTo("[1, 2, 2, null, 0]");
    }

    @Test
    void nonGlobalExecIgnoresLastIndex() {
        assertThat(run("const r = /o/; r.lastIndex = 2; return [r.exec(\"foo\").index, r.lastIndex]"))
                .isEqualTo("[1, 2]");
    }

    @Test
    void lastIndexBeyondTheInputResetsToZero() {
        assertThat(run("const r = /a/g; r.lastIndex = 10; return [r.exec(\"aaa\"), r.lastIndex]"))
                .isEqualTo("[null, 0]");
    }

    @Test
    void lastIndexIsConvertedWithToLength() {
        assertThat(
                        run(
                                "const r = /a/g; r.lastIndex = \"1\"; const a = r.exec(\"aa\").index; r.lastIndex = -5; return [a, r.exec(\"aa\").index]"))
                .isEqualTo("[1, 0]");
    }

    @Test
    void lastIndexIsAWritableNonEnumerableOwnProperty() {
        assertThat(
                        run(
                                "const r = /a/g; return [r.hasOwnProperty(\"lastIndex\"), Object.keys(r), delete r.lastIndex, r.lastIndex]"))
                .isEqualTo("[true, [], false, 0]");
    }

    @Test
    void lookbehindSeesTextBeforeLastIndex() {
        assertThat(run("const r = /(?<=a)b/g; r.lastIndex = 1; return r.exec(\"ab\").index"))
                .isEqualTo("1");
    }

    @Test
    void hasIndicesFlagAddsIndices() {
        assertThat(
                        run(
                                "const m = /b(c)?(?<x>d)/d.exec(\"abd\"); return [m.indices[0], m.indices[1], m.indices[2], m.indices.groups.x]"))
                .isEqualTo("[[1, 3], undefined, [2, 3], [2, 3]]");
    }

    @Test
    void indicesAreAbsentWithoutD() {
        assertThat(run("return /a/.exec(\"a\").indices")).isEqualTo("undefined");
    }

    @Test
    void flagGettersReflectFlags() {
        assertThat(
                        run(
                                "const r = /x/dgimsuy; return [r.hasIndices, r.global, r.ignoreCase, r.multiline, r.dotAll, r.unicode, r.unicodeSets, r.sticky]"))
                .isEqualTo("[true, true, true, true, true, true, false, true]");
    }

    @Test
    void flagsGetterUsesCanonicalOrder() {
        assertThat(run("return [new RegExp(\"a\", \"yusmigd\").flags, /a/.flags, new RegExp(\"a\", \"v\").flags]"))
                .isEqualTo("[\"dgimsuy\", \"\", \"v\"]");
    }

    @Test
    void flagsGetterReadsTheFlagProperties() {
        assertThat(
                        run(
                                "const o = { __proto__: RegExp.prototype, hasIndices: 0, global: 1, ignoreCase: \"\", multiline: \"m\", dotAll: null, unicode: true, unicodeSets: false, sticky: {} }; return [o.flags, RegExp.prototype.flags]"))
                .isEqualTo("[\"gmuy\", \"\"]");
    }

    @Test
    void sourceEscapesSlashesAndLineTerminators() {
        assertThat(
                        run(
                                "return [new RegExp(\"a/b\").source, new RegExp(\"[/]\").source, new RegExp(\"\\n\").source, new RegExp(\"\\\\/\").source, new RegExp(\"\").source, RegExp().source]"))
                .isEqualTo("[\"a\\\\/b\", \"[/]\", \"\\\\n\", \"\\\\/\", \"(?:)\", \"(?:)\"]");
    }

    @Test
    void toStringJoinsSourceAndFlags() {
        assertThat(
                        run(
                                "return [`${/a\\/b/gi}`, new RegExp(\"\").toString(), RegExp.prototype.toString.call({ source: \"x\", flags: \"yz\" }), `${RegExp.prototype}`]"))
                .isEqualTo("[\"/a\\\\/b/gi\", \"/(?:)/\", \"/x/yz\", \"/(?:)/\"]");
    }

    @Test
    void toStringRejectsPrimitives() {
        assertThat(
                        run(
                                "try { RegExp.prototype.toString.call(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Method RegExp.prototype.toString called on incompatible receiver 1\"");
    }

    @Test
    void execRejectsNonRegExpReceivers() {
        assertThat(
                        run(
                                "try { RegExp.prototype.exec.call({}, \"a\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>\"");
    }

    @Test
    void flagGettersOnThePrototypeItselfAreUndefined() {
        assertThat(
                        run(
                                "return [RegExp.prototype.global, RegExp.prototype.sticky, RegExp.prototype.hasIndices, RegExp.prototype.source, RegExp.prototype.flags]"))
                .isEqualTo("[undefined, undefined, undefined, \"(?:)\", \"\"]");
    }

    @Test
    void globalGetterOnAPlainObjectThrows() {
        assertThat(
                        run(
                                "const proto = Object.getPrototypeOf(/a/); const o = { __proto__: proto }; try { return o.global } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: RegExp.prototype.global getter called on non-RegExp object\"");
    }

    @Test
    void sourceGetterOnAPlainObjectThrows() {
        assertThat(
                        run(
                                "const o = { __proto__: RegExp.prototype }; try { return o.source } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: RegExp.prototype.source getter called on non-RegExp object\"");
    }

    @Test
    void invalidPatternsThrowSyntaxErrorsWithV8Messages() {
        assertThat(
                        run(
                                "const out = []; for (const p of [\"(\", \")\", \"*\", \"[\", \"a**\", \"(?x)\", \"[b-a]\", \"a{2,1}\", \"(?<a>x)(?<a>y)\", \"\\\\k<b>(?<a>x)\", \"(?<1a>x)\", \"(?<=a)+\"]) { try { new RegExp(p) } catch (e) { out.push(e.constructor.name + \": \" + e.message) } } return out"))
                .isEqualTo(
                        "[\"SyntaxError: Invalid regular expression: /(/: Unterminated group\", \"SyntaxError: Invalid regular expression: /)/: Unmatched ')'\", \"SyntaxError: Invalid regular expression: /*/: Nothing to repeat\", \"SyntaxError: Invalid regular expression: /[/: Unterminated character class\", \"SyntaxError: Invalid regular expression: /a**/: Nothing to repeat\", \"SyntaxError: Invalid regular expression: /(?x)/: Invalid group\", \"SyntaxError: Invalid regular expression: /[b-a]/: Range out of order in character class\", \"SyntaxError: Invalid regular expression: /a{2,1}/: numbers out of order in {} quantifier\", \"SyntaxError: Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture group name\", \"SyntaxError: Invalid regular expression: /\\\\k<b>(?<a>x)/: Invalid named capture referenced\", \"SyntaxError: Invalid regular expression: /(?<1a>x)/: Invalid capture group name\", \"SyntaxError: Invalid regular expression: /(?<=a)+/: Invalid quantifier\"]");
    }

    @Test
    void invalidPatternMessageIncludesFlags() {
        assertThat(run("try { new RegExp(\"(\", \"g\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Invalid regular expression: /(/g: Unterminated group\"");
    }

    @Test
    void backslashAtEndOfPattern() {
        assertThat(run("try { new RegExp(\"\\\\\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Invalid regular expression: /\\\\/: \\\\ at end of pattern\"");
    }

    @Test
    void unicodeModeRejectsInvalidEscapes() {
        assertThat(
                        run(
                                "const out = []; for (const p of [\"\\\\z\", \"{\", \"]\", \"\\\\u{zz}\", \"\\\\p{Foo}\", \"[\\\\d-z]\", \"\\\\k\", \"\\\\c\", \"+\"]) { try { new RegExp(p, \"u\") } catch (e) { out.push(e.message) } } return out"))
                .isEqualTo(
                        "[\"Invalid regular expression: /\\\\z/u: Invalid escape\", \"Invalid regular expression: /{/u: Lone quantifier brackets\", \"Invalid regular expression: /]/u: Lone quantifier brackets\", \"Invalid regular expression: /\\\\u{zz}/u: Invalid Unicode escape\", \"Invalid regular expression: /\\\\p{Foo}/u: Invalid property name\", \"Invalid regular expression: /[\\\\d-z]/u: Invalid character class\", \"Invalid regular expression: /\\\\k/u: Invalid named reference\", \"Invalid regular expression: /\\\\c/u: Invalid Unicode escape\", \"Invalid regular expression: /+/u: Nothing to repeat\"]");
    }

    @Test
    void invalidFlagsAreRejected() {
        assertThat(
                        run(
                                "const out = []; for (const f of [\"gg\", \"uv\", \"x\", \"G\"]) { try { new RegExp(\"a\", f) } catch (e) { out.push(e.constructor.name + \": \" + e.message) } } return out"))
                .isEqualTo(
                        "[\"SyntaxError: Invalid flags supplied to RegExp constructor 'gg'\", \"SyntaxError: Invalid flags supplied to RegExp constructor 'uv'\", \"SyntaxError: Invalid flags supplied to RegExp constructor 'x'\", \"SyntaxError: Invalid flags supplied to RegExp constructor 'G'\"]");
    }

    @Test
    void regExpCalledWithARegExpReturnsItUnlessFlagsGiven() {
        assertThat(
                        run(
                                "const r = /a/g; return [RegExp(r) === r, new RegExp(r) === r, RegExp(r, \"i\") === r, RegExp(r, \"i\").flags, new RegExp(r).flags, new RegExp(r, \"\").flags]"))
                .isEqualTo("[true, false, false, \"i\", \"g\", \"\"]");
    }

    @Test
    void regExpFromARegExpCopiesSourceNotLastIndex() {
        assertThat(
                        run(
                                "const r = /a+/g; r.lastIndex = 3; const c = new RegExp(r); return [c.source, c.lastIndex, c.test(\"aa\")]"))
                .isEqualTo("[\"a+\", 0, true]");
    }

    @Test
    void regExpFromARegExpLikeObjectUsesItsSourceAndFlags() {
        assertThat(
                        run(
                                "const o = { [Symbol.match]: true, source: \"b+\", flags: \"g\", constructor: RegExp }; return [RegExp(o) === o, new RegExp(o).toString()]"))
                .isEqualTo("[true, \"/b+/g\"]");
    }

    @Test
    void regExpConvertsPatternAndFlagsToStrings() {
        assertThat(
                        run(
                                "return [`${new RegExp(undefined)}`, `${new RegExp(null)}`, `${new RegExp(12, undefined)}`, `${new RegExp(\"a\", { toString() { return \"m\" } })}`]"))
                .isEqualTo("[\"/(?:)/\", \"/null/\", \"/12/\", \"/a/m\"]");
    }

    @Test
    void regExpHasLengthTwoAndSpecies() {
        assertThat(
                        run(
                                "return [RegExp.length, RegExp.name, RegExp[Symbol.species] === RegExp, RegExp.prototype.constructor === RegExp]"))
                .isEqualTo("[2, \"RegExp\", true, true]");
    }

    @Test
    void regExpObjectsAreRegExpClass() {
        assertThat(run("return [Object.prototype.toString.call(/a/), typeof /a/, /a/ instanceof RegExp]"))
                .isEqualTo("[\"[object RegExp]\", \"object\", true]");
    }

    @Test
    void literalCreatesAFreshObjectEachEvaluation() {
        assertThat(run("const f = () => /a/g; const a = f(); a.lastIndex = 1; return [f() === a, f().lastIndex]"))
                .isEqualTo("[false, 0]");
    }

    @Test
    void subclassInstancesAreRegExps() {
        assertThat(
                        run(
                                "class R extends RegExp { exec(s) { return super.exec(s) } } const r = new R(\"b\", \"g\"); return [r instanceof R, r.test(\"abc\"), r.lastIndex, r.flags]"))
                .isEqualTo("[true, true, 2, \"g\"]");
    }

    @Test
    void testCallsAUserExec() {
        assertThat(
                        run(
                                "const r = /a/; let calls = 0; r.exec = function () { calls++; return null }; return [r.test(\"a\"), calls]"))
                .isEqualTo("[false, 1]");
    }

    @Test
    void execReturningAPrimitiveIsATypeError() {
        assertThat(
                        run(
                                "const r = /a/; r.exec = () => 1; try { r.test(\"a\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: RegExp exec method returned something other than an Object or null\"");
    }

    @Test
    void matchWithoutGlobalIsExec() {
        assertThat(run("const m = /(o)/[Symbol.match](\"foo\"); return [m[0], m[1], m.index]"))
                .isEqualTo("[\"o\", \"o\", 1]");
    }

    @Test
    void matchWithGlobalCollectsAllMatches() {
        assertThat(
                        run(
                                "return [/o/g[Symbol.match](\"foo boo\"), /x/g[Symbol.match](\"abc\"), /a|/g[Symbol.match](\"ba\")]"))
                .isEqualTo("[[\"o\", \"o\", \"o\", \"o\"], null, [\"\", \"a\", \"\"]]");
    }

    @Test
    void matchWithGlobalResetsLastIndexToZero() {
        assertThat(run("const r = /a/g; r.lastIndex = 2; const m = r[Symbol.match](\"aaa\"); return [m, r.lastIndex]"))
                .isEqualTo("[[\"a\", \"a\", \"a\"], 0]");
    }

    @Test
    void emptyMatchesAdvanceByCodePointWithU() {
        assertThat(
                        run(
                                "return [/(?:)/gu[Symbol.match](\"\\ud83d\\ude00\").length, /(?:)/g[Symbol.match](\"\\ud83d\\ude00\").length]"))
                .isEqualTo("[2, 3]");
    }

    @Test
    void matchAllIteratesEveryMatchWithCaptures() {
        assertThat(
                        run(
                                "const out = []; for (const m of /(\\d)(\\w)/g[Symbol.matchAll](\"1a 2b 3c\")) out.push(m[0] + \":\" + m[1] + m[2] + \"@\" + m.index); return out"))
                .isEqualTo("[\"1a:1a@0\", \"2b:2b@3\", \"3c:3c@6\"]");
    }

    @Test
    void matchAllDoesNotChangeTheRegExpLastIndex() {
        assertThat(
                        run(
                                "const r = /a/g; r.lastIndex = 1; const it = r[Symbol.matchAll](\"aaa\"); const all = [...it].length; return [all, r.lastIndex]"))
                .isEqualTo("[2, 1]");
    }

    @Test
    void matchAllIteratorIsTaggedAndDone() {
        assertThat(
                        run(
                                "const it = /a/g[Symbol.matchAll](\"a\"); const first = it.next(); const second = it.next(); return [Object.prototype.toString.call(it), first.done, second.done, second.value, it.next().done]"))
                .isEqualTo("[\"[object RegExp String Iterator]\", false, true, undefined, true]");
    }

    @Test
    void matchAllWithoutGlobalYieldsOnce() {
        assertThat(run("return [.../a/[Symbol.matchAll](\"aaa\")].length")).isEqualTo("1");
    }

    @Test
    void matchAllHandlesEmptyMatches() {
        assertThat(
                        run(
                                "const out = []; for (const m of /x*/g[Symbol.matchAll](\"axb\")) out.push(m.index + \"=\" + m[0]); return out"))
                .isEqualTo("[\"0=\", \"1=x\", \"2=\", \"3=\"]");
    }

    @Test
    void replaceFirstMatchOnly() {
        assertThat(run("return /o/[Symbol.replace](\"foo\", \"0\")")).isEqualTo("\"f0o\"");
    }

    @Test
    void replaceAllWithGlobal() {
        assertThat(run("return /o/g[Symbol.replace](\"foo boo\", \"0\")")).isEqualTo("\"f00 b00\"");
    }

    @Test
    void replaceDollarPatterns() {
        assertThat(
                        run(
                                "return [/(b)(c)/[Symbol.replace](\"abcd\", \"[$2$1|$&|$`|$'|$$|$3|$0]\"), /b/[Symbol.replace](\"abc\", \"$\"), /b/[Symbol.replace](\"abc\", \"$x\")]"))
                .isEqualTo("[\"a[cb|bc|a|d|$|$3|$0]d\", \"a$c\", \"a$xc\"]");
    }

    @Test
    void replaceTwoDigitGroupReferences() {
        assertThat(
                        run(
                                "const r = /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/; return [r[Symbol.replace](\"abcdefghijk\", \"$11-$10-$01-$012\"), /(a)/[Symbol.replace](\"a\", \"$10\"), /(a)/[Symbol.replace](\"a\", \"$00\")]"))
                .isEqualTo("[\"k-j-a-a2\", \"a0\", \"$00\"]");
    }

    @Test
    void replaceNamedGroupReferences() {
        assertThat(
                        run(
                                "return [/(?<y>\\d+)-(?<m>\\d+)/[Symbol.replace](\"2024-05\", \"$<m>/$<y>\"), /(?<y>\\d)/[Symbol.replace](\"1\", \"[$<z>]\"), /(\\d)/[Symbol.replace](\"1\", \"[$<z>]\"), /(?<y>\\d)/[Symbol.replace](\"1\", \"[$<y]\")]"))
                .isEqualTo("[\"05/2024\", \"[]\", \"[$<z>]\", \"[$<y]\"]");
    }

    @Test
    void replaceWithAFunctionPassesMatchCapturesOffsetAndString() {
        assertThat(
                        run(
                                "const calls = []; const out = /(a)(x)?/g[Symbol.replace](\"bab a\", function (...args) { calls.push(args.length + \":\" + args.join(\"|\")); return \"<\" + args[0] + \">\" }); return [out, calls]"))
                .isEqualTo("[\"b<a>b <a>\", [\"5:a|a||1|bab a\", \"5:a|a||4|bab a\"]]");
    }

    @Test
    void replaceFunctionReceivesGroupsLast() {
        assertThat(
                        run(
                                "let got; /(?<d>\\d)/[Symbol.replace](\"a1\", (m, p1, off, s, groups) => { got = [m, p1, off, s, groups.d]; return \"\" }); return got"))
                .isEqualTo("[\"1\", \"1\", 1, \"a1\", \"1\"]");
    }

    @Test
    void replaceFunctionIsCalledWithUndefinedThis() {
        assertThat(
                        run(
                                "let self = 1; /a/[Symbol.replace](\"a\", function () { \"use strict\"; self = this; return \"\" }); return self"))
                .isEqualTo("undefined");
    }

    @Test
    void replaceConvertsTheReplacementResultToString() {
        assertThat(run("return /a/g[Symbol.replace](\"aa\", () => 7)")).isEqualTo("\"77\"");
    }

    @Test
    void replaceWithEmptyGlobalMatches() {
        assertThat(run("return [/(?:)/g[Symbol.replace](\"abc\", \"-\"), /x*/g[Symbol.replace](\"abc\", \"-\")]"))
                .isEqualTo("[\"-a-b-c-\", \"-a-b-c-\"]");
    }

    @Test
    void replaceStickyGlobal() {
        assertThat(run("return /a/gy[Symbol.replace](\"aaba\", \"x\")")).isEqualTo("\"xxba\"");
    }

    @Test
    void replaceNonGlobalRespectsSticky() {
        assertThat(run("const r = /a/y; r.lastIndex = 1; return [r[Symbol.replace](\"aab\", \"x\"), r.lastIndex]"))
                .isEqualTo("[\"axb\", 2]");
    }

    @Test
    void replaceWithUndefinedReplacementUsesTheString() {
        assertThat(run("return /a/[Symbol.replace](\"a\")")).isEqualTo("\"undefined\"");
    }

    @Test
    void searchReturnsIndexOrMinusOneAndRestoresLastIndex() {
        assertThat(
                        run(
                                "const r = /o/g; r.lastIndex = 2; return [r[Symbol.search](\"foo\"), r.lastIndex, /z/[Symbol.search](\"foo\"), /$/[Symbol.search](\"ab\")]"))
                .isEqualTo("[1, 2, -1, 2]");
    }

    @Test
    void splitOnPattern() {
        assertThat(
                        run(
                                "return [/,\\s*/[Symbol.split](\"a, b,c\"), /x/[Symbol.split](\"abc\"), /(?:)/[Symbol.split](\"abc\")]"))
                .isEqualTo("[[\"a\", \"b\", \"c\"], [\"abc\"], [\"a\", \"b\", \"c\"]]");
    }

    @Test
    void splitIncludesCaptures() {
        assertThat(run("return [/(-)/[Symbol.split](\"a-b-c\"), /(-)(x)?/[Symbol.split](\"a-b\")]"))
                .isEqualTo("[[\"a\", \"-\", \"b\", \"-\", \"c\"], [\"a\", \"-\", undefined, \"b\"]]");
    }

    @Test
    void splitHonoursLimit() {
        assertThat(
                        run(
                                "return [/,/[Symbol.split](\"a,b,c\", 2), /,/[Symbol.split](\"a,b\", 0), /(,)/[Symbol.split](\"a,b,c\", 2), /,/[Symbol.split](\"a,b\", -1)]"))
                .isEqualTo("[[\"a\", \"b\"], [], [\"a\", \",\"], [\"a\", \"b\"]]");
    }

    @Test
    void splitOfTheEmptyString() {
        assertThat(run("return [/,/[Symbol.split](\"\"), /(?:)/[Symbol.split](\"\")]"))
                .isEqualTo("[[\"\"], []]");
    }

    @Test
    void splitEmptyMatchesAtTheEnds() {
        assertThat(run("return [/a*/[Symbol.split](\"baac\"), /b*/[Symbol.split](\"abc\"), /$/[Symbol.split](\"ab\")]"))
                .isEqualTo("[[\"b\", \"c\"], [\"a\", \"c\"], [\"ab\"]]");
    }

    @Test
    void splitDoesNotChangeTheOriginalLastIndex() {
        assertThat(
                        run(
                                "const r = /,/g; r.lastIndex = 1; const parts = r[Symbol.split](\"a,b\"); return [parts, r.lastIndex]"))
                .isEqualTo("[[\"a\", \"b\"], 1]");
    }

    @Test
    void splitByCodePointWithUnicode() {
        assertThat(run("return /(?:)/u[Symbol.split](\"\\ud83d\\ude00x\").length"))
                .isEqualTo("2");
    }

    @Test
    void symbolMethodsRejectPrimitiveReceivers() {
        assertThat(
                        run(
                                "const out = []; for (const k of [Symbol.match, Symbol.replace, Symbol.search, Symbol.split, Symbol.matchAll]) { try { RegExp.prototype[k].call(\"a\", \"a\") } catch (e) { out.push(e.message) } } return out"))
                .isEqualTo(
                        "[\"Method RegExp.prototype.@@match called on incompatible receiver a\", \"Method RegExp.prototype.@@replace called on incompatible receiver undefined\", \"Method RegExp.prototype.@@search called on incompatible receiver a\", \"Method RegExp.prototype.@@split called on incompatible receiver a\", \"Method RegExp.prototype.@@matchAll called on incompatible receiver a\"]");
    }

    @Test
    void symbolMethodNames() {
        assertThat(
                        run(
                                "return [RegExp.prototype[Symbol.replace].name, RegExp.prototype[Symbol.split].length, RegExp.prototype[Symbol.matchAll].name, RegExp.prototype.exec.length]"))
                .isEqualTo("[\"[Symbol.replace]\", 2, \"[Symbol.matchAll]\", 1]");
    }

    @Test
    void caseInsensitiveClassesAndBackrefs() {
        assertThat(run("return [/[A-Z]+/i.exec(\"abC1\")[0], /[^a]/i.test(\"A\"), /\\u{e9}/iu.test(\"\\u00c9\")]"))
                .isEqualTo("[\"abC\", false, true]");
    }

    @Test
    void alternativesInLookaround() {
        assertThat(run("return [/(?=(a|b))\\w/.exec(\"b\"), /x(?!a|b)/.exec(\"xaxbxc\").index]"))
                .isEqualTo("[[\"b\", \"b\"], 4]");
    }

    @Test
    void regexpLiteralWithSlashInClass() {
        assertThat(run("return [/[/]/.test(\"/\"), /[/]/.source, /\\//.source]"))
                .isEqualTo("[true, \"[/]\", \"\\\\/\"]");
    }

    @Test
    void globalTestWalksThroughTheString() {
        assertThat(run("const r = /a/g; return [r.test(\"aa\"), r.test(\"aa\"), r.test(\"aa\"), r.lastIndex]"))
                .isEqualTo("[true, true, false, 0]");
    }

    @Test
    void capturesInsideANegativeLookaheadAreUndefined() {
        assertThat(
                        run(
                                "return [/(?!(a)b)a/.exec(\"ac\"), /(?!(a)b)\\1c/.exec(\"c\"), /(?!(.|$\\w)|\\W)/.exec(\"abc\")]"))
                .isEqualTo("[[\"a\", undefined], [\"c\", undefined], [\"\", undefined]]");
    }

    @Test
    void capturesInsideANegativeLookbehindAreUndefined() {
        assertThat(run("return /(?<!(x)y)z/.exec(\"az\")")).isEqualTo("[\"z\", undefined]");
    }

    @Test
    void unboundedQuantifiersInsideLookbehind() {
        assertThat(
                        run(
                                "return [/(?<=^\\s*)x/.exec(\"   x\").index, /(?<!\\w+)y/.exec(\"ab y\").index, /(?<=a+)b/.test(\"aaab\"), /(?<=a{2,})b/.test(\"ab\")]"))
                .isEqualTo("[3, 3, true, false]");
    }

    @Test
    void withoutUnicodeFlagSurrogatesAreSeparateCodeUnits() {
        assertThat(
                        run(
                                "const e = \"\\ud83d\\ude00\"; return [/^.$/.test(e), /^..$/.test(e), /./.exec(e)[0] === \"\\ud83d\", /\\ude00/.exec(e).index, /[\\ud83d]/.test(e), /(?:)/g[Symbol.replace](e, \"-\").length, /[^a]/g[Symbol.match](e).length]"))
                .isEqualTo("[false, true, true, 1, true, 5, 2]");
    }

    @Test
    void withUnicodeFlagSurrogatePairsAreOneCodePoint() {
        assertThat(
                        run(
                                "const e = \"\\ud83d\\ude00\"; return [/^.$/u.test(e), /\\ude00/u.test(e), /(?:)/gu[Symbol.replace](e, \"-\").length, /[^a]/gu[Symbol.match](e).length]"))
                .isEqualTo("[true, false, 4, 1]");
    }

    @Test
    void unicodeSetsClassOperations() {
        assertThat(
                        run(
                                "return [/[\\w--\\d]+/v.exec(\"12ab_3\")[0], /[[a-z]&&[aeiou]]+/v.exec(\"xyzaeb\")[0], /[^[a-c][x-z]]+/v.exec(\"abqrz\")[0], /[\\p{L}--[a-z]]/v.test(\"b\"), /[a-c[x]]+/v.exec(\"-axb-\")[0], /[]/v.test(\"a\"), /[^]/v.test(\"\\n\")]"))
                .isEqualTo("[\"ab_\", \"ae\", \"qr\", false, \"axb\", false, true]");
    }
}
