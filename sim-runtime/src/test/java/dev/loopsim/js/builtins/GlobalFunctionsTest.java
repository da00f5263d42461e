package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * parseInt, parseFloat, isNaN, isFinite and the URI coding functions, one rule per test.
 * Each expected value was recorded by running the same snippet in Node v20 as {@code new Function(code)()}
 * and rendering the result the way {@link Snippets#render} does.
 */
class GlobalFunctionsTest {

    /** All four installers of this group: the snippets mix strings, numbers and Math freely. */
    /** Every built-in group is registered in Engine; the snippet runs in a fresh one. */
    private static String run(String code) {
        return Snippets.run(code);
    }

    @Test
    void parseIntSkipsLeadingWhitespaceAndStopsAtTheFirstNonDigit() {
        assertThat(
                        run(
                                "return [parseInt(\"  42px\"), parseInt(\"\\n\\t-17.9e3\"), parseInt(\"+8\"), parseInt(\"abc\"), parseInt(\"\")]"))
                .isEqualTo("[42, -17, 8, NaN, NaN]");
    }

    @Test
    void parseIntRecognisesHexPrefixOnlyForRadix16Or0() {
        assertThat(
                        run(
                                "return [parseInt(\"0x1F\"), parseInt(\"0x1F\", 16), parseInt(\"0x1F\", 0), parseInt(\"0x1F\", 10), parseInt(\"-0xff\"), parseInt(\"0x\")]"))
                .isEqualTo("[31, 31, 31, 0, -255, NaN]");
    }

    @Test
    void parseIntHonoursRadixesFrom2To36() {
        assertThat(
                        run(
                                "return [parseInt(\"101\", 2), parseInt(\"777\", 8), parseInt(\"zz\", 36), parseInt(\"Z\", 36), parseInt(\"12\", 3), parseInt(\"9\", 8)]"))
                .isEqualTo("[5, 511, 1295, 35, 5, NaN]");
    }

    @Test
    void parseIntRadixOutsideTwoToThirtySixGivesNaN() {
        assertThat(
                        run(
                                "return [parseInt(\"10\", 1), parseInt(\"10\", 37), parseInt(\"10\", -1), parseInt(\"10\", 4294967312), parseInt(\"10\", \"16\"), parseInt(\"10\", NaN)]"))
                .isEqualTo("[NaN, NaN, NaN, 16, 16, 10]");
    }

    @Test
    void parseIntOfMinusZeroIsMinusZero() {
        assertThat(run("return [parseInt(\"-0\"), parseInt(\"-0x0\"), parseInt(-0)]"))
                .isEqualTo("[-0, -0, 0]");
    }

    @Test
    void parseIntConvertsItsArgumentToStringFirst() {
        assertThat(
                        run(
                                "return [parseInt(0.0000005), parseInt(1e21), parseInt(null, 36), parseInt({toString() { return \"12\" }})]"))
                .isEqualTo("[5, 1, 1112745, 12]");
    }

    @Test
    void parseIntOfLongDigitStringsRoundsLikeNumber() {
        assertThat(
                        run(
                                "return [parseInt(\"123456789012345678901234567890\"), parseInt(\"ffffffffffffffffffff\", 16), parseInt(\"9007199254740993\")]"))
                .isEqualTo("[1.2345678901234568e+29, 1.2089258196146292e+24, 9007199254740992]");
    }

    @Test
    void parseFloatTakesTheLongestDecimalPrefix() {
        assertThat(
                        run(
                                "return [parseFloat(\"3.14abc\"), parseFloat(\"  .5\"), parseFloat(\"-.5e-3x\"), parseFloat(\"1e\"), parseFloat(\"1e+\"), parseFloat(\"1.2.3\"), parseFloat(\"5.\")]"))
                .isEqualTo("[3.14, 0.5, -0.0005, 1, 1, 1.2, 5]");
    }

    @Test
    void parseFloatAcceptsInfinityButNotHexOrEmpty() {
        assertThat(
                        run(
                                "return [parseFloat(\"Infinityx\"), parseFloat(\"-Infinity\"), parseFloat(\"0x10\"), parseFloat(\"\"), parseFloat(\"infinity\"), parseFloat(\"-0\")]"))
                .isEqualTo("[Infinity, -Infinity, 0, NaN, NaN, -0]");
    }

    @Test
    void numberParseFunctionsAreTheGlobalOnes() {
        assertThat(
                        run(
                                "return [Number.parseInt === parseInt, Number.parseFloat === parseFloat, parseInt.name, parseInt.length, parseFloat.length]"))
                .isEqualTo("[true, true, \"parseInt\", 2, 1]");
    }

    @Test
    void globalIsNaNAndIsFiniteCoerceTheirArgument() {
        assertThat(
                        run(
                                "return [isNaN(\"abc\"), isNaN(\"12\"), isNaN(undefined), isNaN(null), isFinite(\"12\"), isFinite(\"Infinity\"), isFinite(null), isFinite(NaN)]"))
                .isEqualTo("[true, false, true, false, true, false, true, false]");
    }

    @Test
    void isNaNOfASymbolIsATypeError() {
        assertThat(run("try { isNaN(Symbol()) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot convert a Symbol value to a number\"");
    }

    @Test
    void encodeURIComponentEscapesReservedCharacters() {
        assertThat(run("return encodeURIComponent(\"a b&c=d/e?f#g;h:i@j+k$l,m\")"))
                .isEqualTo("\"a%20b%26c%3Dd%2Fe%3Ff%23g%3Bh%3Ai%40j%2Bk%24l%2Cm\"");
    }

    @Test
    void encodeURIKeepsReservedCharacters() {
        assertThat(run("return encodeURI(\"http://x.y/a b?q=1&r=[2]#h\")"))
                .isEqualTo("\"http://x.y/a%20b?q=1&r=%5B2%5D#h\"");
    }

    @Test
    void encodingLeavesUnreservedMarksAlone() {
        assertThat(run("return [encodeURIComponent(\"-_.!~*'()\"), encodeURI(\"-_.!~*'()\")]"))
                .isEqualTo("[\"-_.!~*'()\", \"-_.!~*'()\"]");
    }

    @Test
    void encodingUsesUtf8Bytes() {
        assertThat(
                        run(
                                "return [encodeURIComponent(\"\u00E9\"), encodeURIComponent(\"\u20AC\"), encodeURIComponent(\"\uD83D\uDE00\"), encodeURI(\"\\u0000\\u007f\")]"))
                .isEqualTo("[\"%C3%A9\", \"%E2%82%AC\", \"%F0%9F%98%80\", \"%00%7F\"]");
    }

    @Test
    void encodingALoneSurrogateIsAURIError() {
        assertThat(
                        run(
                                "try { encodeURIComponent(\"\\ud800\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"URIError: URI malformed\"");
    }

    @Test
    void decodeURIComponentDecodesEverything() {
        assertThat(
                        run(
                                "return [decodeURIComponent(\"a%20b%26c%3Dd%2F\"), decodeURIComponent(\"%C3%A9%E2%82%AC%F0%9F%98%80\"), decodeURIComponent(\"%e2%82%ac\")]"))
                .isEqualTo("[\"a b&c=d/\", \"\u00E9\u20AC\uD83D\uDE00\", \"\u20AC\"]");
    }

    @Test
    void decodeURIPreservesEscapedReservedCharacters() {
        assertThat(run("return [decodeURI(\"a%20b%26c%3D%2F%23%3F\"), decodeURI(\"%41%2f\")]"))
                .isEqualTo("[\"a b%26c%3D%2F%23%3F\", \"A%2f\"]");
    }

    @Test
    void decodingMalformedSequencesIsAURIError() {
        assertThat(
                        run(
                                "const r = []; for (const s of [\"%\", \"%4\", \"%zz\", \"%C3\", \"%C3%28\", \"%80\", \"%ED%A0%80\", \"%C0%80\", \"%F4%90%80%80\"]) { try { decodeURIComponent(s); r.push(\"ok\") } catch (e) { r.push(e.constructor.name + \": \" + e.message) } } return r"))
                .isEqualTo(
                        "[\"URIError: URI malformed\", \"URIError: URI malformed\", \"URIError: URI malformed\", \"URIError: URI malformed\", \"URIError: URI malformed\", \"URIError: URI malformed\", \"URIError: URI malformed\", \"URIError: URI malformed\", \"URIError: URI malformed\"]");
    }

    @Test
    void uriFunctionsHaveLengthOne() {
        assertThat(
                        run(
                                "return [encodeURI.length, encodeURIComponent.length, decodeURI.length, decodeURIComponent.length, isNaN.length, isFinite.length]"))
                .isEqualTo("[1, 1, 1, 1, 1, 1]");
    }

    @Test
    void globalFunctionsAreNotEnumerable() {
        assertThat(
                        run(
                                "const keys = Object.keys(globalThis); let found = []; for (const k of keys) if (k === \"parseInt\" || k === \"isNaN\" || k === \"encodeURI\") found.push(k); return found"))
                .isEqualTo("[]");
    }

    @Test
    void encodeURIComponentConvertsItsArgument() {
        assertThat(
                        run(
                                "return [encodeURIComponent(12.5), encodeURIComponent(undefined), encodeURIComponent(null), encodeURIComponent(true)]"))
                .isEqualTo("[\"12.5\", \"undefined\", \"null\", \"true\"]");
    }

    @Test
    void parseIntOfLeadingZerosAndOtherPrefixes() {
        assertThat(
                        run(
                                "return [parseInt(\"08\"), parseInt(\"0b11\"), parseInt(\"0o7\"), parseInt(\"  0x  \"), parseInt(\"-\"), parseInt(\"0.9\"), parseInt(\"1e3\")]"))
                .isEqualTo("[8, 0, 0, NaN, NaN, 0, 1]");
    }
}
