package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * JSON.parse with V8's (Node 20's) error messages, and JSON.stringify with replacers, indentation,
 * toJSON and V8's circular-structure message.
 * Expected values were recorded by running each snippet in Node v20 as {@code new Function(code)()} and
 * rendering the result as {@link Snippets#render} does, after pending jobs had run.
 */
class JsonBuiltinsTest {

    /** Every built-in group is registered in Engine; the snippet runs in a fresh one. */
    private static String run(String code) {
        return Snippets.run(code);
    }

    @Test
    void parseDeeplyNestedArrays() {
        assertThat(
                        run(
                                "const parts = []; for (let i = 0; i < 20000; i++) parts.push(\"[\"); for (let i = 0; i < 20000; i++) parts.push(\"]\"); let v = JSON.parse(parts.join(\"\")); let depth = 0; while (v.length) { v = v[0]; depth++ } return depth"))
                .isEqualTo("19999");
    }

    @Test
    void parseDeeplyNestedUnclosedArraysIsUnexpectedEnd() {
        assertThat(
                        run(
                                "try { const parts = []; for (let i = 0; i < 10000; i++) parts.push(\"[\"); JSON.parse(parts.join(\"\")) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected end of JSON input\"");
    }

    @Test
    void parseDeeplyNestedObjects() {
        assertThat(
                        run(
                                "const parts = []; for (let i = 0; i < 5000; i++) parts.push('{\"k\":'); parts.push(\"1\"); for (let i = 0; i < 5000; i++) parts.push(\"}\"); let v = JSON.parse(parts.join(\"\")); let depth = 0; while (typeof v === \"object\") { v = v.k; depth++ } return [depth, v]"))
                .isEqualTo("[5000, 1]");
    }

    @Test
    void parseWhitespaceAroundTokens() {
        assertThat(run("return JSON.parse(' \\t\\n\\r{ \"a\" : [ 1 , 2 ] , \"b\" : { } } \\n')"))
                .isEqualTo("{a: [1, 2], b: {}}");
    }

    @Test
    void parseLoneSurrogateEscapesAreKept() {
        assertThat(run("const s = JSON.parse('\"\\ud800\"'); return [s.length, JSON.stringify(s)]"))
                .isEqualTo("[1, \"\\\"\\\\ud800\\\"\"]");
    }

    @Test
    void stringifyDeepNestingIsARangeError() {
        assertThat(
                        run(
                                "let o = {}; for (let i = 0; i < 10000; i++) o = {a: o}; try { JSON.stringify(o) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Maximum call stack size exceeded\"");
    }

    @Test
    void stringifyNestedIndentWithArraysInObjects() {
        assertThat(run("return JSON.stringify([{a: [[]], b: [{}]}], null, 1)"))
                .isEqualTo("\"[\n {\n  \\\"a\\\": [\n   []\n  ],\n  \\\"b\\\": [\n   {}\n  ]\n }\n]\"");
    }

    @Test
    void stringifyReplacerFunctionCanReplaceTheRoot() {
        assertThat(
                        run(
                                "return [JSON.stringify(1, (k, v) => k === \"\" ? {x: 1} : v), JSON.stringify({a: 1}, () => undefined)]"))
                .isEqualTo("[\"{\\\"x\\\":1}\", undefined]");
    }

    @Test
    void stringifyToJSONIsLookedUpOnPrototype() {
        assertThat(run("class P { toJSON() { return \"P!\" } } return JSON.stringify({p: new P()})"))
                .isEqualTo("\"{\\\"p\\\":\\\"P!\\\"}\"");
    }

    @Test
    void parseLargeAndSmallNumbers() {
        assertThat(
                        run(
                                "return [JSON.parse(\"1e400\"), JSON.parse(\"-1e400\"), JSON.parse(\"123456789012345678901234567890\"), JSON.parse(\"5e-324\"), JSON.parse(\"0.1\")]"))
                .isEqualTo("[Infinity, -Infinity, 1.2345678901234568e+29, 5e-324, 0.1]");
    }

    @Test
    void parseEmptyContainersAndStrings() {
        assertThat(run("return [JSON.parse(\"[]\"), JSON.parse(\"{}\"), JSON.parse('\"\"'), JSON.parse('[\"\"]')]"))
                .isEqualTo("[[], {}, \"\", [\"\"]]");
    }

    @Test
    void stringifyEmptyKeyAndSpecialKeys() {
        assertThat(run("return JSON.stringify({\"\": 1, \"a\\\"b\": 2, \"\\n\": 3})"))
                .isEqualTo("\"{\\\"\\\":1,\\\"a\\\\\\\"b\\\":2,\\\"\\\\n\\\":3}\"");
    }

    @Test
    void stringifyNestedToJSONResultIsSerialized() {
        assertThat(run("return JSON.stringify({a: {toJSON() { return {b: [1, undefined]} }}})"))
                .isEqualTo("\"{\\\"a\\\":{\\\"b\\\":[1,null]}}\"");
    }

    @Test
    void stringifyArrayWithExtraPropertiesIgnoresThem() {
        assertThat(run("const a = [1, 2]; a.extra = 3; return JSON.stringify(a)"))
                .isEqualTo("\"[1,2]\"");
    }

    @Test
    void stringifyObjectWithOnlyUndefinedMembersIsEmpty() {
        assertThat(
                        run(
                                "return [JSON.stringify({a: undefined}), JSON.stringify({a: undefined}, null, 2), JSON.stringify({a: undefined, b: 1}, null, 2)]"))
                .isEqualTo("[\"{}\", \"{}\", \"{\n  \\\"b\\\": 1\n}\"]");
    }

    @Test
    void parsePrimitives() {
        assertThat(
                        run(
                                "return [JSON.parse(\"1\"), JSON.parse(\"-0\"), JSON.parse(\" true \"), JSON.parse(\"null\"), JSON.parse('\"x\"'), JSON.parse(\"1.5e2\"), JSON.parse(\"-12.25E-1\")]"))
                .isEqualTo("[1, -0, true, null, \"x\", 150, -1.225]");
    }

    @Test
    void parseObjectsAndArrays() {
        assertThat(run("return JSON.parse('{\"a\": [1, {\"b\": null}], \"c\": \"d\", \"e\": {}}')"))
                .isEqualTo("{a: [1, {b: null}], c: \"d\", e: {}}");
    }

    @Test
    void parseNestedArrays() {
        assertThat(run("return JSON.parse('[[1, 2], [], [[3]]]')")).isEqualTo("[[1, 2], [], [[3]]]");
    }

    @Test
    void parseStringEscapes() {
        assertThat(
                        run(
                                "const s = JSON.parse('\"a\\\\n\\\\t\\\\\"\\\\\\\\\\\\/\\\\u0041\\\\ud83d\\\\ude00\"'); return [s, s.length]"))
                .isEqualTo("[\"a\n\t\\\"\\\\/A\ud83d\ude00\", 9]");
    }

    @Test
    void parseDuplicateKeysKeepTheLastValueInFirstPosition() {
        assertThat(run("return JSON.parse('{\"a\": 1, \"b\": 2, \"a\": 3}')")).isEqualTo("{a: 3, b: 2}");
    }

    @Test
    void parseProtoKeyCreatesAnOwnProperty() {
        assertThat(
                        run(
                                "const o = JSON.parse('{\"__proto__\": {\"x\": 1}}'); return [Object.keys(o), o.x, Object.getPrototypeOf(o) === Object.prototype]"))
                .isEqualTo("[[\"__proto__\"], undefined, true]");
    }

    @Test
    void parseConvertsItsArgumentToString() {
        assertThat(run("return [JSON.parse(12), JSON.parse(true), JSON.parse({toString() { return \"[1]\" }})]"))
                .isEqualTo("[12, true, [1]]");
    }

    @Test
    void parseIntegerKeysOrderFirst() {
        assertThat(run("return Object.keys(JSON.parse('{\"b\": 1, \"2\": 1, \"a\": 1, \"1\": 1}'))"))
                .isEqualTo("[\"1\", \"2\", \"b\", \"a\"]");
    }

    @Test
    void parseReviverTransformsValuesBottomUp() {
        assertThat(
                        run(
                                "const seen = []; const r = JSON.parse('{\"a\": 1, \"b\": [2, 3]}', function (k, v) { seen.push(k); return typeof v === \"number\" ? v * 10 : v }); return [r, seen]"))
                .isEqualTo("[{a: 10, b: [20, 30]}, [\"a\", \"0\", \"1\", \"b\", \"\"]]");
    }

    @Test
    void parseReviverReturningUndefinedDeletes() {
        assertThat(
                        run(
                                "return JSON.parse('{\"a\": 1, \"b\": 2, \"c\": [1, 2]}', (k, v) => k === \"b\" || k === \"0\" ? undefined : v)"))
                .isEqualTo("{a: 1, c: [undefined, 2]}");
    }

    @Test
    void parseReviverSeesHolderAsThis() {
        assertThat(
                        run(
                                "let holder; JSON.parse('{\"x\": 1}', function (k, v) { if (k === \"x\") holder = this; return v }); return holder"))
                .isEqualTo("{x: 1}");
    }

    @Test
    void parseReviverRootHasEmptyKey() {
        assertThat(
                        run(
                                "let rootKey; let rootHolder; JSON.parse(\"5\", function (k, v) { rootKey = k; rootHolder = Object.keys(this); return v }); return [rootKey, rootHolder]"))
                .isEqualTo("[\"\", [\"\"]]");
    }

    @Test
    void parseIgnoresNonCallableReviver() {
        assertThat(run("return JSON.parse(\"[1]\", 1)")).isEqualTo("[1]");
    }

    @Test
    void parseErrorUnexpectedTokenQuotesShortSource() {
        assertThat(run("try { JSON.parse('{\"a\":}') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected token '}', \\\"{\\\"a\\\":}\\\" is not valid JSON\"");
    }

    @Test
    void parseErrorEmptyInput() {
        assertThat(run("try { JSON.parse(\"\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected end of JSON input\"");
    }

    @Test
    void parseErrorWhitespaceOnly() {
        assertThat(run("try { JSON.parse(\"  \") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected end of JSON input\"");
    }

    @Test
    void parseErrorUnclosedObject() {
        assertThat(run("try { JSON.parse(\"{\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Expected property name or '}' in JSON at position 1\"");
    }

    @Test
    void parseErrorUnclosedArray() {
        assertThat(run("try { JSON.parse(\"[\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected end of JSON input\"");
    }

    @Test
    void parseErrorTrailingCommaInArray() {
        assertThat(run("try { JSON.parse(\"[1,]\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected token ']', \\\"[1,]\\\" is not valid JSON\"");
    }

    @Test
    void parseErrorTrailingCommaInObject() {
        assertThat(run("try { JSON.parse('{\"a\":1,}') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Expected double-quoted property name in JSON at position 7\"");
    }

    @Test
    void parseErrorMissingCommaInArray() {
        assertThat(run("try { JSON.parse(\"[1 2]\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Expected ',' or ']' after array element in JSON at position 3\"");
    }

    @Test
    void parseErrorMissingColon() {
        assertThat(run("try { JSON.parse('{\"a\" 1}') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Expected ':' after property name in JSON at position 5\"");
    }

    @Test
    void parseErrorMissingCommaInObject() {
        assertThat(
                        run(
                                "try { JSON.parse('{\"a\":1 \"b\"}') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Expected ',' or '}' after property value in JSON at position 7\"");
    }

    @Test
    void parseErrorUnterminatedObjectAtEnd() {
        assertThat(run("try { JSON.parse('{\"a\":1') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Expected ',' or '}' after property value in JSON at position 6\"");
    }

    @Test
    void parseErrorUnquotedKey() {
        assertThat(run("try { JSON.parse(\"{a:1}\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Expected property name or '}' in JSON at position 1\"");
    }

    @Test
    void parseErrorSingleQuotedKey() {
        assertThat(run("try { JSON.parse(\"{'a':1}\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Expected property name or '}' in JSON at position 1\"");
    }

    @Test
    void parseErrorUnterminatedString() {
        assertThat(run("try { JSON.parse('\"abc') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unterminated string in JSON at position 4\"");
    }

    @Test
    void parseErrorControlCharacterInString() {
        assertThat(
                        run(
                                "try { JSON.parse('\"a\\u0001\"') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Bad control character in string literal in JSON at position 2\"");
    }

    @Test
    void parseErrorBadEscape() {
        assertThat(run("try { JSON.parse('\"\\\\x\"') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Bad escaped character in JSON at position 2\"");
    }

    @Test
    void parseErrorBadUnicodeEscape() {
        assertThat(
                        run(
                                "try { JSON.parse('\"\\\\u12g4\"') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Bad Unicode escape in JSON at position 5\"");
    }

    @Test
    void parseErrorLoneMinus() {
        assertThat(run("try { JSON.parse(\"-\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: No number after minus sign in JSON at position 1\"");
    }

    @Test
    void parseErrorMinusInfinity() {
        assertThat(
                        run(
                                "try { JSON.parse(\"-Infinity\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: No number after minus sign in JSON at position 1\"");
    }

    @Test
    void parseErrorExponentWithoutDigits() {
        assertThat(run("try { JSON.parse(\"1e\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Exponent part is missing a number in JSON at position 2\"");
    }

    @Test
    void parseErrorSignedExponentWithoutDigits() {
        assertThat(run("try { JSON.parse(\"[1e+]\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Exponent part is missing a number in JSON at position 4\"");
    }

    @Test
    void parseErrorFractionWithoutDigits() {
        assertThat(run("try { JSON.parse(\"1.\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unterminated fractional number in JSON at position 2\"");
    }

    @Test
    void parseErrorLeadingZero() {
        assertThat(run("try { JSON.parse(\"01\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected number in JSON at position 1\"");
    }

    @Test
    void parseErrorLeadingPlus() {
        assertThat(run("try { JSON.parse(\"+1\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected token '+', \\\"+1\\\" is not valid JSON\"");
    }

    @Test
    void parseErrorLeadingDot() {
        assertThat(run("try { JSON.parse(\".5\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected token '.', \\\".5\\\" is not valid JSON\"");
    }

    @Test
    void parseErrorTrailingGarbage() {
        assertThat(run("try { JSON.parse(\"1 2\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected non-whitespace character after JSON at position 2\"");
    }

    @Test
    void parseErrorTrailingBracket() {
        assertThat(
                        run(
                                "try { JSON.parse(\"[1,2,3,4]]\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected non-whitespace character after JSON at position 9\"");
    }

    @Test
    void parseErrorUndefinedIsNotValidJson() {
        assertThat(run("try { JSON.parse(undefined) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: \\\"undefined\\\" is not valid JSON\"");
    }

    @Test
    void parseErrorNaNIsNotValidJson() {
        assertThat(run("try { JSON.parse(\"NaN\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: \\\"NaN\\\" is not valid JSON\"");
    }

    @Test
    void parseErrorObjectToStringIsNotValidJson() {
        assertThat(run("try { JSON.parse({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: \\\"[object Object]\\\" is not valid JSON\"");
    }

    @Test
    void parseErrorTruncatedLiteral() {
        assertThat(run("try { JSON.parse(\"tru\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected end of JSON input\"");
    }

    @Test
    void parseErrorMisspelledLiteral() {
        assertThat(run("try { JSON.parse(\"[nulx]\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected token 'x', \\\"[nulx]\\\" is not valid JSON\"");
    }

    @Test
    void parseErrorContextAtEndOfLongSource() {
        assertThat(
                        run(
                                "try { JSON.parse('{\"aaaaaaaaaaaaaaaaaaaaaaaa\": x}') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected token 'x', ...\\\"aaaaaaa\\\": x}\\\" is not valid JSON\"");
    }

    @Test
    void parseErrorContextAtStartOfLongSource() {
        assertThat(
                        run(
                                "try { JSON.parse('x{\"aaaaaaaaaaaaaaaaaaaaaaaaa\": 1}') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected token 'x', \\\"x{\\\"aaaaaaa\\\"... is not valid JSON\"");
    }

    @Test
    void parseErrorContextInMiddleOfLongSource() {
        assertThat(
                        run(
                                "try { JSON.parse('{\"aaaaaaaaaaaaaaa\": 1, \"b\": x, \"ccccccccccccccccc\": 2}') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"SyntaxError: Unexpected token 'x', ...\\\": 1, \\\"b\\\": x, \\\"cccccc\\\"... is not valid JSON\"");
    }

    @Test
    void parseErrorSourceOfTwentyCharsIsQuotedWhole() {
        assertThat(
                        run(
                                "try { JSON.parse('[1, 2, 3, 4, 5,6, x]') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected token 'x', \\\"[1, 2, 3, 4, 5,6, x]\\\" is not valid JSON\"");
    }

    @Test
    void parseErrorSourceOfTwentyOneCharsGetsContext() {
        assertThat(
                        run(
                                "try { JSON.parse('[1, 2, 3, 4, 5, 6, x]') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Unexpected token 'x', ...\\\" 4, 5, 6, x]\\\" is not valid JSON\"");
    }

    @Test
    void parseErrorLetterAfterNumberInArray() {
        assertThat(
                        run(
                                "try { JSON.parse('[1, 2, 3, 4, 5, 6, 7x]') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"SyntaxError: Expected ',' or ']' after array element in JSON at position 20\"");
    }

    @Test
    void parseErrorIsASyntaxError() {
        assertThat(run("try { JSON.parse(\"{\") } catch (e) { return [e instanceof SyntaxError, e.name] }"))
                .isEqualTo("[true, \"SyntaxError\"]");
    }

    @Test
    void stringifyPrimitives() {
        assertThat(
                        run(
                                "return [JSON.stringify(1), JSON.stringify(\"a\"), JSON.stringify(true), JSON.stringify(null), JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(Symbol())]"))
                .isEqualTo("[\"1\", \"\\\"a\\\"\", \"true\", \"null\", undefined, undefined, undefined]");
    }

    @Test
    void stringifyNonFiniteNumbersAsNull() {
        assertThat(run("return JSON.stringify([NaN, Infinity, -Infinity, -0, 1e21, 0.1])"))
                .isEqualTo("\"[null,null,null,0,1e+21,0.1]\"");
    }

    @Test
    void stringifyObjectsAndArrays() {
        assertThat(run("return JSON.stringify({a: [1, \"b\", {c: null}], d: {}, e: []})"))
                .isEqualTo("\"{\\\"a\\\":[1,\\\"b\\\",{\\\"c\\\":null}],\\\"d\\\":{},\\\"e\\\":[]}\"");
    }

    @Test
    void stringifyOmitsUndefinedFunctionsAndSymbolsInObjects() {
        assertThat(run("return JSON.stringify({a: undefined, b() {}, c: Symbol(), d: 1, [Symbol()]: 2})"))
                .isEqualTo("\"{\\\"d\\\":1}\"");
    }

    @Test
    void stringifyWritesNullForUndefinedFunctionsAndSymbolsInArrays() {
        assertThat(run("return JSON.stringify([undefined, function () {}, Symbol(), 1])"))
                .isEqualTo("\"[null,null,null,1]\"");
    }

    @Test
    void stringifyWritesNullForArrayHoles() {
        assertThat(run("return JSON.stringify([1, , 3])")).isEqualTo("\"[1,null,3]\"");
    }

    @Test
    void stringifySkipsNonEnumerableAndInheritedProperties() {
        assertThat(
                        run(
                                "const o = Object.create({inh: 1}); o.own = 1; Object.defineProperty(o, \"hid\", {value: 1}); return JSON.stringify(o)"))
                .isEqualTo("\"{\\\"own\\\":1}\"");
    }

    @Test
    void stringifyUsesIntegerKeyOrder() {
        assertThat(run("return JSON.stringify({b: 1, 2: 2, a: 3, 1: 4})"))
                .isEqualTo("\"{\\\"1\\\":4,\\\"2\\\":2,\\\"b\\\":1,\\\"a\\\":3}\"");
    }

    @Test
    void stringifyEscapesStrings() {
        assertThat(run("return JSON.stringify(\"q\\\"b\\\\n\\nt\\tr\\rf\\fb\\b\\u0001\\u001f\\u007f/\")"))
                .isEqualTo("\"\\\"q\\\\\\\"b\\\\\\\\n\\\\nt\\\\tr\\\\rf\\\\fb\\\\b\\\\u0001\\\\u001f\u007f/\\\"\"");
    }

    @Test
    void stringifyEscapesLoneSurrogates() {
        assertThat(
                        run(
                                "return [JSON.stringify(\"\\ud800\"), JSON.stringify(\"\\udc00x\"), JSON.stringify(\"\\ud83d\\ude00\"), JSON.stringify(\"\\ude00\\ud83d\")]"))
                .isEqualTo(
                        "[\"\\\"\\\\ud800\\\"\", \"\\\"\\\\udc00x\\\"\", \"\\\"\ud83d\ude00\\\"\", \"\\\"\\\\ude00\\\\ud83d\\\"\"]");
    }

    @Test
    void stringifyUnwrapsBoxedPrimitives() {
        assertThat(
                        run(
                                "const n = Object(1); n.valueOf = () => 7; const s = Object(\"s\"); s.toString = () => \"str\"; return JSON.stringify([n, s, Object(false)])"))
                .isEqualTo("\"[7,\\\"str\\\",false]\"");
    }

    @Test
    void stringifyCallsToJSONWithTheKey() {
        assertThat(
                        run(
                                "const o = {a: {toJSON(k) { return \"key:\" + k }}, b: [{toJSON(k) { return \"idx:\" + k }}]}; return JSON.stringify(o)"))
                .isEqualTo("\"{\\\"a\\\":\\\"key:a\\\",\\\"b\\\":[\\\"idx:0\\\"]}\"");
    }

    @Test
    void stringifyToJSONOnTheRootGetsEmptyKey() {
        assertThat(run("return JSON.stringify({toJSON(k) { return [k] }})")).isEqualTo("\"[\\\"\\\"]\"");
    }

    @Test
    void stringifyToJSONReturningUndefinedOmits() {
        assertThat(run("return JSON.stringify({a: {toJSON() {}}, b: 1})")).isEqualTo("\"{\\\"b\\\":1}\"");
    }

    @Test
    void stringifyReplacerFunctionTransformsValues() {
        assertThat(
                        run(
                                "return JSON.stringify({a: 1, b: \"x\", c: {d: 2}}, (k, v) => typeof v === \"number\" ? v + 1 : v)"))
                .isEqualTo("\"{\\\"a\\\":2,\\\"b\\\":\\\"x\\\",\\\"c\\\":{\\\"d\\\":3}}\"");
    }

    @Test
    void stringifyReplacerFunctionSeesRootWithEmptyKey() {
        assertThat(
                        run(
                                "const calls = []; JSON.stringify({a: 1}, function (k, v) { calls.push(k === \"\" ? \"root:\" + Object.keys(this) : k); return v }); return calls"))
                .isEqualTo("[\"root:\", \"a\"]");
    }

    @Test
    void stringifyReplacerReturningUndefinedOmitsProperty() {
        assertThat(run("return JSON.stringify({a: 1, b: 2}, (k, v) => k === \"a\" ? undefined : v)"))
                .isEqualTo("\"{\\\"b\\\":2}\"");
    }

    @Test
    void stringifyReplacerRunsAfterToJSON() {
        assertThat(run("return JSON.stringify({a: {toJSON() { return 5 }}}, (k, v) => k === \"a\" ? v * 2 : v)"))
                .isEqualTo("\"{\\\"a\\\":10}\"");
    }

    @Test
    void stringifyReplacerArraySelectsKeysInItsOrder() {
        assertThat(
                        run(
                                "return JSON.stringify({a: 1, b: 2, c: {a: 3, d: 4}, 1: 5}, [\"c\", \"a\", 1, \"a\", {}, Object.assign(Object(\"x\"), {toString() { return \"b\" }})])"))
                .isEqualTo("\"{\\\"c\\\":{\\\"a\\\":3},\\\"a\\\":1,\\\"1\\\":5,\\\"b\\\":2}\"");
    }

    @Test
    void stringifyReplacerArrayDoesNotFilterArrays() {
        assertThat(run("return JSON.stringify([{a: 1, b: 2}, 3], [\"a\"])")).isEqualTo("\"[{\\\"a\\\":1},3]\"");
    }

    @Test
    void stringifyIndentWithNumber() {
        assertThat(run("return JSON.stringify({a: [1, {b: 2}], c: {}, d: []}, null, 2)"))
                .isEqualTo(
                        "\"{\n  \\\"a\\\": [\n    1,\n    {\n      \\\"b\\\": 2\n    }\n  ],\n  \\\"c\\\": {},\n  \\\"d\\\": []\n}\"");
    }

    @Test
    void stringifyIndentIsCappedAtTen() {
        assertThat(run("return [JSON.stringify([1], null, 20), JSON.stringify([1], null, \"abcdefghijklmnop\")]"))
                .isEqualTo("[\"[\n          1\n]\", \"[\nabcdefghij1\n]\"]");
    }

    @Test
    void stringifyIndentWithString() {
        assertThat(run("return JSON.stringify({a: 1, b: [2]}, null, \"--\")"))
                .isEqualTo("\"{\n--\\\"a\\\": 1,\n--\\\"b\\\": [\n----2\n--]\n}\"");
    }

    @Test
    void stringifyIndentBelowOneIsIgnored() {
        assertThat(
                        run(
                                "return [JSON.stringify({a: 1}, null, 0), JSON.stringify({a: 1}, null, -3), JSON.stringify({a: 1}, null, \"\"), JSON.stringify({a: 1}, null, 1.9)]"))
                .isEqualTo("[\"{\\\"a\\\":1}\", \"{\\\"a\\\":1}\", \"{\\\"a\\\":1}\", \"{\n \\\"a\\\": 1\n}\"]");
    }

    @Test
    void stringifyIndentAcceptsBoxedNumberAndString() {
        assertThat(
                        run(
                                "const n = Object(1); n.valueOf = () => 3; const s = Object(\"x\"); s.toString = () => \"--\"; return [JSON.stringify([1], null, n), JSON.stringify([1], null, s)]"))
                .isEqualTo("[\"[\n   1\n]\", \"[\n--1\n]\"]");
    }

    @Test
    void stringifyCircularObjectThrowsWithPath() {
        assertThat(
                        run(
                                "try { const a = {}; a.a = a; JSON.stringify(a) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'a' closes the circle\"");
    }

    @Test
    void stringifyCircularPathNamesIndicesAndConstructors() {
        assertThat(
                        run(
                                "try { const a = {x: {y: [1, {}]}}; a.x.y[1].z = a.x; JSON.stringify(a) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'y' -> object with constructor 'Array'\n    |     index 1 -> object with constructor 'Object'\n    --- property 'z' closes the circle\"");
    }

    @Test
    void stringifyCircularPathUsesClassNames() {
        assertThat(
                        run(
                                "try { class Foo {} const a = new Foo(); a.b = {c: {d: {e: a}}}; JSON.stringify(a) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Foo'\n    |     property 'b' -> object with constructor 'Object'\n    |     property 'c' -> object with constructor 'Object'\n    |     property 'd' -> object with constructor 'Object'\n    --- property 'e' closes the circle\"");
    }

    @Test
    void stringifyLongCircularPathIsElided() {
        assertThat(
                        run(
                                "try { const a = {}; a.b = {c: {d: {e: {f: a}}}}; JSON.stringify(a) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'b' -> object with constructor 'Object'\n    |     property 'c' -> object with constructor 'Object'\n    |     ...\n    |     property 'e' -> object with constructor 'Object'\n    --- property 'f' closes the circle\"");
    }

    @Test
    void stringifyCircularArray() {
        assertThat(
                        run(
                                "try { const a = [1]; a.push(a); JSON.stringify(a) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Array'\n    --- index 1 closes the circle\"");
    }

    @Test
    void stringifyCircularNullPrototypeObject() {
        assertThat(
                        run(
                                "try { const a = Object.create(null); a.b = a; JSON.stringify(a) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'b' closes the circle\"");
    }

    @Test
    void stringifyRepeatedButAcyclicObjectsAreFine() {
        assertThat(run("const shared = {x: 1}; return JSON.stringify({a: shared, b: shared, c: [shared]})"))
                .isEqualTo("\"{\\\"a\\\":{\\\"x\\\":1},\\\"b\\\":{\\\"x\\\":1},\\\"c\\\":[{\\\"x\\\":1}]}\"");
    }

    @Test
    void stringifyMapAndSetAsEmptyObjects() {
        assertThat(run("return JSON.stringify([new Map([[1, 2]]), new Set([1])])"))
                .isEqualTo("\"[{},{}]\"");
    }

    @Test
    void stringifyErrorsHaveNoEnumerableProperties() {
        assertThat(run("return JSON.stringify(new Error(\"boom\"))")).isEqualTo("\"{}\"");
    }

    @Test
    void stringifyGettersAreCalled() {
        assertThat(run("return JSON.stringify({get a() { return 1 }})")).isEqualTo("\"{\\\"a\\\":1}\"");
    }

    @Test
    void jsonHasToStringTagAndMethodLengths() {
        assertThat(
                        run(
                                "return [Object.prototype.toString.call(JSON), JSON.parse.length, JSON.stringify.length, Object.keys(JSON).length]"))
                .isEqualTo("[\"[object JSON]\", 2, 3, 0]");
    }

    @Test
    void roundTripPreservesStructure() {
        assertThat(
                        run(
                                "const v = {s: \"\u00e9\\u2028\", n: [1.5, -2, 0], t: true, z: null}; return JSON.stringify(JSON.parse(JSON.stringify(v))) === JSON.stringify(v)"))
                .isEqualTo("true");
    }
}
