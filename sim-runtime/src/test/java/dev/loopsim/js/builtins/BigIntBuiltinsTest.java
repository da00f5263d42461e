package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * The BigInt function, BigInt.asIntN/asUintN and BigInt.prototype (ECMA-262 §21.2), and Number of a
 * BigInt, one rule per test. Each expected value was recorded by running the same snippet, after the same
 * {@code thrown} helper, in Node v20 as {@code new Function(code)()} and rendering the result as
 * {@link Snippets#render}.
 */
class BigIntBuiltinsTest {

    /** Turns a throw into "Name: message", so a snippet can show several errors side by side. */
    private static final String THROWN =
            "const thrown = (f) => { try { return f(); } catch (e) { return e.constructor.name + \": \" + e.message; } };\n";

    private static String run(String code) {
        return Snippets.run(THROWN + code);
    }

    @Test
    void bigIntOfANumberNeedsAnInteger() {
        assertThat(
                        run(
                                "return [BigInt(42), BigInt(-0), BigInt(1e21), BigInt(2 ** 53), thrown(() => BigInt(1.5)), thrown(() => BigInt(NaN)), thrown(() => BigInt(-Infinity))]"))
                .isEqualTo(
                        "[42n, 0n, 1000000000000000000000n, 9007199254740992n, \"RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer\", \"RangeError: The number NaN cannot be converted to a BigInt because it is not an integer\", \"RangeError: The number -Infinity cannot be converted to a BigInt because it is not an integer\"]");
    }

    @Test
    void bigIntOfAStringParsesAnIntegerLiteral() {
        assertThat(
                        run(
                                "return [BigInt(\" 0x1f \"), BigInt(\"\"), BigInt(\" \"), BigInt(\"+12\"), BigInt(\"-12\"), BigInt(\"0b101\"), BigInt(\"0o17\"), BigInt(\"  12 \\n\"), BigInt(\"123456789012345678901234567890\")]"))
                .isEqualTo("[31n, 0n, 0n, 12n, -12n, 5n, 15n, 12n, 123456789012345678901234567890n]");
    }

    @Test
    void bigIntOfAMalformedStringIsASyntaxError() {
        assertThat(
                        run(
                                "return [thrown(() => BigInt(\"1.5\")), thrown(() => BigInt(\"-0x1\")), thrown(() => BigInt(\"1n\")), thrown(() => BigInt(\"1e3\")), thrown(() => BigInt(\"1_000\")), thrown(() => BigInt(\"0x\")), thrown(() => BigInt(\"Infinity\")), thrown(() => BigInt({}))]"))
                .isEqualTo(
                        "[\"SyntaxError: Cannot convert 1.5 to a BigInt\", \"SyntaxError: Cannot convert -0x1 to a BigInt\", \"SyntaxError: Cannot convert 1n to a BigInt\", \"SyntaxError: Cannot convert 1e3 to a BigInt\", \"SyntaxError: Cannot convert 1_000 to a BigInt\", \"SyntaxError: Cannot convert 0x to a BigInt\", \"SyntaxError: Cannot convert Infinity to a BigInt\", \"SyntaxError: Cannot convert [object Object] to a BigInt\"]");
    }

    @Test
    void bigIntOfOtherTypes() {
        assertThat(
                        run(
                                "return [BigInt(true), BigInt(false), BigInt(5n), BigInt(new Number(3)), BigInt({ valueOf() { return 5n; } }), thrown(() => BigInt()), thrown(() => BigInt(undefined)), thrown(() => BigInt(null)), thrown(() => BigInt(Symbol(\"s\")))]"))
                .isEqualTo(
                        "[1n, 0n, 5n, 3n, 5n, \"TypeError: Cannot convert undefined to a BigInt\", \"TypeError: Cannot convert undefined to a BigInt\", \"TypeError: Cannot convert null to a BigInt\", \"TypeError: Cannot convert Symbol(s) to a BigInt\"]");
    }

    @Test
    void bigIntIsNotAConstructor() {
        assertThat(
                        run(
                                "class B extends BigInt {} return [thrown(() => new BigInt(1)), thrown(() => Reflect.construct(BigInt, [1])), thrown(() => new B(1))]"))
                .isEqualTo(
                        "[\"TypeError: BigInt is not a constructor\", \"TypeError: BigInt is not a constructor\", \"TypeError: BigInt is not a constructor\"]");
    }

    @Test
    void asIntNWrapsToASignedWidth() {
        assertThat(
                        run(
                                "return [BigInt.asIntN(8, 255n), BigInt.asIntN(8, 127n), BigInt.asIntN(8, 128n), BigInt.asIntN(8, -129n), BigInt.asIntN(64, 2n ** 63n), BigInt.asIntN(0, 5n), BigInt.asIntN(2 ** 53 - 1, -5n), BigInt.asIntN(\"8\", \"255\"), BigInt.asIntN(1.5, 5n)]"))
                .isEqualTo("[-1n, 127n, -128n, 127n, -9223372036854775808n, 0n, -5n, -1n, -1n]");
    }

    @Test
    void asUintNWrapsToAnUnsignedWidth() {
        assertThat(
                        run(
                                "return [BigInt.asUintN(8, -1n), BigInt.asUintN(64, -5n), BigInt.asUintN(100, -1n), BigInt.asUintN(0, 5n), BigInt.asUintN(2 ** 53 - 1, 5n)]"))
                .isEqualTo("[255n, 18446744073709551611n, 1267650600228229401496703205375n, 0n, 5n]");
    }

    @Test
    void asIntNChecksItsArguments() {
        assertThat(
                        run(
                                "return [thrown(() => BigInt.asIntN(-1, 5n)), thrown(() => BigInt.asUintN(2 ** 53, 5n)), thrown(() => BigInt.asUintN(8, 1)), thrown(() => BigInt.asUintN(2 ** 53 - 1, -5n))]"))
                .isEqualTo(
                        "[\"RangeError: Invalid value: not (convertible to) a safe integer\", \"RangeError: Invalid value: not (convertible to) a safe integer\", \"TypeError: Cannot convert 1 to a BigInt\", \"RangeError: Maximum BigInt size exceeded\"]");
    }

    @Test
    void toStringTakesARadixFrom2To36() {
        assertThat(
                        run(
                                "return [(255n).toString(16), (-255n).toString(2), (255n).toString(), (255n).toString(undefined), (255n).toString(2.9), (255n).toString(\"16\"), (2n ** 64n).toString(36), thrown(() => 1n.toString(37)), thrown(() => 1n.toString(0))]"))
                .isEqualTo(
                        "[\"ff\", \"-11111111\", \"255\", \"255\", \"11111111\", \"ff\", \"3w5e11264sgsg\", \"RangeError: toString() radix argument must be between 2 and 36\", \"RangeError: toString() radix argument must be between 2 and 36\"]");
    }

    @Test
    void prototypeMethodsNeedABigIntThis() {
        assertThat(
                        run(
                                "return [Object(255n).toString(16), Object(7n).valueOf(), thrown(() => BigInt.prototype.toString.call(1)), thrown(() => BigInt.prototype.valueOf.call(\"x\")), thrown(() => BigInt.prototype.toLocaleString.call(1)), thrown(() => BigInt.prototype.toString.call(BigInt.prototype))]"))
                .isEqualTo(
                        "[\"ff\", 7n, \"TypeError: BigInt.prototype.toString requires that 'this' be a BigInt\", \"TypeError: BigInt.prototype.valueOf requires that 'this' be a BigInt\", \"TypeError: BigInt.prototype.toLocaleString requires that 'this' be a BigInt\", \"TypeError: BigInt.prototype.toString requires that 'this' be a BigInt\"]");
    }

    @Test
    void toLocaleStringGroupsDigitsAsEnUs() {
        assertThat(
                        run(
                                "return [1234567n.toLocaleString(), (-1234n).toLocaleString(), 0n.toLocaleString(), 999n.toLocaleString(), (2n ** 70n).toLocaleString()]"))
                .isEqualTo("[\"1,234,567\", \"-1,234\", \"0\", \"999\", \"1,180,591,620,717,411,303,424\"]");
    }

    @Test
    void theBigIntObjectsShape() {
        assertThat(
                        run(
                                "return [BigInt.length, BigInt.name, BigInt.asIntN.length, BigInt.asUintN.name, Object.getOwnPropertyNames(BigInt), Object.getOwnPropertyNames(BigInt.prototype), BigInt.prototype.constructor === BigInt, Object.getPrototypeOf(Object(1n)) === BigInt.prototype]"))
                .isEqualTo(
                        "[1, \"BigInt\", 2, \"asUintN\", [\"length\", \"name\", \"prototype\", \"asUintN\", \"asIntN\"], [\"constructor\", \"toLocaleString\", \"toString\", \"valueOf\"], true, true]");
    }

    @Test
    void toStringTagIsBigInt() {
        assertThat(
                        run(
                                "const d = Object.getOwnPropertyDescriptor(BigInt.prototype, Symbol.toStringTag); return [d.value, d.writable, d.enumerable, d.configurable, Object.prototype.toString.call(Object(1n))]"))
                .isEqualTo("[\"BigInt\", false, false, true, \"[object BigInt]\"]");
    }

    @Test
    void numberOfABigIntRoundsToNearest() {
        assertThat(
                        run(
                                "return [Number(1n), Number(-5n), Number(2n ** 53n + 1n), Number(2n ** 53n + 3n), Number(2n ** 1024n), Number(-(2n ** 1024n)), new Number(7n).valueOf(), Number(Object(9n))]"))
                .isEqualTo("[1, -5, 9007199254740992, 9007199254740996, Infinity, -Infinity, 7, 9]");
    }
}
