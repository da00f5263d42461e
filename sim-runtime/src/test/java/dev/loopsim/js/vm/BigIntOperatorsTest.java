package dev.loopsim.js.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * The BigInt type's operators, conversions and comparisons (ECMA-262 §6.1.6.2, §7.1, §7.2, §13), one rule
 * per test. Each expected value was recorded by running the same snippet, after the same {@code thrown}
 * helper, in Node v20 as {@code new Function(code)()} and rendering the result as {@link Snippets#render}.
 */
class BigIntOperatorsTest {

    /** Turns a throw into "Name: message", so a snippet can show several errors side by side. */
    private static final String THROWN =
            "const thrown = (f) => { try { return f(); } catch (e) { return e.constructor.name + \": \" + e.message; } };\n";

    private static String run(String code) {
        return Snippets.run(THROWN + code);
    }

    @Test
    void arithmeticOnBigIntsIsExact() {
        assertThat(run("return [2n ** 64n + 1n, 10n ** 20n * 3n, 1n - 2n ** 70n, 7n + -3n]"))
                .isEqualTo("[18446744073709551617n, 300000000000000000000n, -1180591620717411303423n, 4n]");
    }

    @Test
    void divisionTruncatesTowardZero() {
        assertThat(run("return [7n / 2n, -7n / 2n, 7n / -2n, -7n / -2n, 1n / 3n]"))
                .isEqualTo("[3n, -3n, -3n, 3n, 0n]");
    }

    @Test
    void remainderTakesTheSignOfTheDividend() {
        assertThat(run("return [7n % 3n, -7n % 3n, 7n % -3n, -7n % -3n]")).isEqualTo("[1n, -1n, 1n, -1n]");
    }

    @Test
    void divisionAndRemainderByZeroAreRangeErrors() {
        assertThat(run("return [thrown(() => 1n / 0n), thrown(() => 0n % 0n)]"))
                .isEqualTo("[\"RangeError: Division by zero\", \"RangeError: Division by zero\"]");
    }

    @Test
    void exponentiationIsExactAndANegativeExponentIsARangeError() {
        assertThat(run("return [2n ** 100n, (-3n) ** 3n, 0n ** 0n, thrown(() => 2n ** -1n)]"))
                .isEqualTo("[1267650600228229401496703205376n, -27n, 1n, \"RangeError: undefined must be positive\"]");
    }

    @Test
    void resultsBeyondV8sMaximumSizeAreRangeErrors() {
        assertThat(
                        run(
                                "return [thrown(() => 2n ** 1073741824n), thrown(() => 1n << 10000000000n), (-1n) ** 10000000001n, 5n >> 10000000000n, -5n >> 10000000000n]"))
                .isEqualTo(
                        "[\"RangeError: Maximum BigInt size exceeded\", \"RangeError: Maximum BigInt size exceeded\", -1n, 0n, -1n]");
    }

    @Test
    void mixingBigIntAndNumberIsATypeError() {
        assertThat(
                        run(
                                "return [thrown(() => 1n + 1), thrown(() => 1 - 1n), thrown(() => 2n * 1.5), thrown(() => 2n ** 2), thrown(() => 1n & 1), thrown(() => 1 >>> 1n)]"))
                .isEqualTo(
                        "[\"TypeError: Cannot mix BigInt and other types, use explicit conversions\", \"TypeError: Cannot mix BigInt and other types, use explicit conversions\", \"TypeError: Cannot mix BigInt and other types, use explicit conversions\", \"TypeError: Cannot mix BigInt and other types, use explicit conversions\", \"TypeError: Cannot mix BigInt and other types, use explicit conversions\", \"TypeError: Cannot mix BigInt and other types, use explicit conversions\"]");
    }

    @Test
    void plusWithAStringConcatenates() {
        assertThat(run("return [1n + \"a\", \"a\" + -2n, `${10n}`, 5n + [1]]"))
                .isEqualTo("[\"1a\", \"a-2\", \"10\", \"51\"]");
    }

    @Test
    void unaryMinusAndBitwiseNotWorkUnaryPlusThrows() {
        assertThat(run("return [-5n, -(-5n), ~5n, ~-1n, -0n, thrown(() => +1n)]"))
                .isEqualTo("[-5n, 5n, -6n, 0n, 0n, \"TypeError: Cannot convert a BigInt value to a number\"]");
    }

    @Test
    void unsignedRightShiftIsATypeError() {
        assertThat(run("return thrown(() => 1n >>> 1n)"))
                .isEqualTo("\"TypeError: BigInts have no unsigned right shift, use >> instead\"");
    }

    @Test
    void bitwiseOperatorsUseTwosComplementOfAnyWidth() {
        assertThat(
                        run(
                                "return [5n & 3n, 5n | 3n, 5n ^ 3n, -1n & 255n, 7n & -2n, -1n | 6n, 5n ^ -3n, (2n ** 70n) | 1n]"))
                .isEqualTo("[1n, 7n, 6n, 255n, 6n, -1n, -8n, 1180591620717411303425n]");
    }

    @Test
    void shiftsOfAnyWidthAndNegativeShiftsReverseDirection() {
        assertThat(run("return [1n << 100n, 5n << -1n, -5n >> 1n, -1n >> 100n, 256n >> 4n, 3n << 0n]"))
                .isEqualTo("[1267650600228229401496703205376n, 2n, -3n, -1n, 16n, 3n]");
    }

    @Test
    void incrementAndDecrementKeepTheBigIntType() {
        assertThat(
                        run(
                                "let x = 5n; const post = x++; ++x; const o = { v: 1n }; o.v--; --o.v; return [post, x, typeof post, o.v]"))
                .isEqualTo("[5n, 7n, \"bigint\", -1n]");
    }

    @Test
    void compoundAssignmentUsesTheBigIntOperations() {
        assertThat(
                        run(
                                "let x = 5n; x += 2n; x *= 3n; x **= 2n; x -= 1n; x /= 2n; x %= 7n; x <<= 3n; x >>= 1n; x &= 12n; x |= 1n; x ^= 3n; return x"))
                .isEqualTo("14n");
    }

    @Test
    void operandsConvertLeftFirstBeforeTheMixCheck() {
        assertThat(
                        run(
                                "const log = []; const a = { valueOf() { log.push(\"a\"); return 1n; } }; const b = { valueOf() { log.push(\"b\"); return 2; } }; log.push(thrown(() => a - b)); return log"))
                .isEqualTo(
                        "[\"a\", \"b\", \"TypeError: Cannot mix BigInt and other types, use explicit conversions\"]");
    }

    @Test
    void wrappedBigIntsConvertThroughValueOf() {
        assertThat(run("return [Object(5n) + 1n, -Object(5n), ~Object(5n), Object(2n) * 3n]"))
                .isEqualTo("[6n, -5n, -6n, 6n]");
    }

    @Test
    void comparisonsWithNumbersAreExact() {
        assertThat(
                        run(
                                "return [1n < 1.5, 2n > 1.5, 2n ** 64n > 2 ** 64, 2n ** 53n + 1n > 2 ** 53, 1n < Infinity, -1n > -Infinity, 1n < NaN, 1n >= NaN]"))
                .isEqualTo("[true, true, false, true, true, true, false, false]");
    }

    @Test
    void comparisonsWithStringsParseTheStringAsABigInt() {
        assertThat(run("return [\"10\" > 9n, 9n < \"10\", \"x\" < 1n, 1n < \"1.5\", 1n <= \"0x1\", \"abc\" >= 1n]"))
                .isEqualTo("[true, true, false, false, true, false]");
    }

    @Test
    void looseEqualityComparesMathematicalValues() {
        assertThat(
                        run(
                                "return [2n == 2, 2 == 2n, 1n == 1.5, 2n ** 64n == 2 ** 64, 2n ** 53n + 1n == 2 ** 53, 0n == -0, 1n == true, 1n == NaN, 1n == Infinity]"))
                .isEqualTo("[true, true, false, true, false, true, true, false, false]");
    }

    @Test
    void looseEqualityWithStringsUsesStringToBigInt() {
        assertThat(
                        run(
                                "return [2n == \"2\", 1n == \"1.0\", 1n == \"0x1\", 1n == \" 1 \", 0n == \"\", 1n == \"1n\", 1n == \"\", Object(1n) == 1n]"))
                .isEqualTo("[true, false, true, true, true, false, false, true]");
    }

    @Test
    void strictEqualityNeedsTheSameType() {
        assertThat(
                        run(
                                "return [2n === 2, 2n === 2n, 2n ** 64n === 2n ** 64n, 0n === -0n, Object(1n) === 1n, [1n].indexOf(1n)]"))
                .isEqualTo("[false, true, true, true, false, 0]");
    }

    @Test
    void zeroIsFalsyEveryOtherBigIntTruthy() {
        assertThat(run("return [!0n, !!-1n, !!1n, 0n ? \"y\" : \"n\", 0n || \"or\", 0n ?? \"nullish\", 1n && \"and\"]"))
                .isEqualTo("[true, true, true, \"n\", \"or\", 0n, \"and\"]");
    }

    @Test
    void toNumberOfABigIntIsATypeError() {
        assertThat(
                        run(
                                "return [thrown(() => Math.max(1n)), thrown(() => isNaN(1n)), thrown(() => [1, 2].at(1n)), thrown(() => String.fromCharCode(65n))]"))
                .isEqualTo(
                        "[\"TypeError: Cannot convert a BigInt value to a number\", \"TypeError: Cannot convert a BigInt value to a number\", \"TypeError: Cannot convert a BigInt value to a number\", \"TypeError: Cannot convert a BigInt value to a number\"]");
    }

    @Test
    void toStringOfABigIntIsItsDecimalDigits() {
        assertThat(
                        run(
                                "return [String(10n), String(-0n), `${-5n}`, [1n, 2n].join(), String(Object(5n)), parseInt(12n)]"))
                .isEqualTo("[\"10\", \"0\", \"-5\", \"1,2\", \"5\", 12]");
    }

    @Test
    void bigIntsArePropertyKeysByTheirDigits() {
        assertThat(
                        run(
                                "const o = {}; o[1n] = \"a\"; o[-2n] = \"b\"; return [Object.keys(o), [\"x\", \"y\"][1n], 1n in o, { 7n: 1, 0x10n: 2 }]"))
                .isEqualTo("[[\"1\", \"-2\"], \"y\", true, {7: 1, 16: 2}]");
    }

    @Test
    void sameValueZeroTreatsEqualBigIntsAsOne() {
        assertThat(
                        run(
                                "const m = new Map([[1n, \"a\"]]); m.set(BigInt(1), \"b\"); return [m.size, m.get(1n), new Set([0n, -0n, 0, 1n, 1]).size, [NaN, 0n].includes(-0n), Object.is(0n, -0n), Object.is(1n, 1)]"))
                .isEqualTo("[1, \"b\", 4, true, true, false]");
    }

    @Test
    void typeofIsBigIntAndWrappersAreObjects() {
        assertThat(
                        run(
                                "return [typeof 1n, typeof Object(1n), Object(1n) instanceof BigInt, typeof Object(1n).valueOf(), Object.prototype.toString.call(1n)]"))
                .isEqualTo("[\"bigint\", \"object\", true, \"bigint\", \"[object BigInt]\"]");
    }

    @Test
    void sortWithoutAComparatorComparesDigitStrings() {
        assertThat(run("return [3n, 1n, 10n, 2n].sort()")).isEqualTo("[1n, 10n, 2n, 3n]");
    }

    @Test
    void jsonStringifyOfABigIntIsATypeErrorUnlessToJsonOrAReplacerHandlesIt() {
        assertThat(
                        run(
                                "const a = thrown(() => JSON.stringify({ a: 1n })); const b = thrown(() => JSON.stringify(Object(3n))); const c = JSON.stringify({ a: 1n }, (k, v) => (typeof v === \"bigint\" ? v.toString() : v)); BigInt.prototype.toJSON = function () { return this.toString() + \"!\"; }; const d = JSON.stringify({ a: 1n, b: [2n], c: Object(3n) }); delete BigInt.prototype.toJSON; return [a, b, c, d]"))
                .isEqualTo(
                        "[\"TypeError: Do not know how to serialize a BigInt\", \"TypeError: Do not know how to serialize a BigInt\", \"{\\\"a\\\":\\\"1\\\"}\", \"{\\\"a\\\":\\\"1!\\\",\\\"b\\\":[\\\"2!\\\"],\\\"c\\\":\\\"3!\\\"}\"]");
    }

    @Test
    void primitivePropertiesComeFromBigIntPrototype() {
        assertThat(
                        run(
                                "return [1n.constructor === BigInt, (255n).toString(16), thrown(function () { \"use strict\"; 1n.x = 1; }), thrown(() => \"a\" in 1n)]"))
                .isEqualTo(
                        "[true, \"ff\", \"TypeError: Cannot create property 'x' on bigint '1'\", \"TypeError: Cannot use 'in' operator to search for 'a' in 1\"]");
    }
}
