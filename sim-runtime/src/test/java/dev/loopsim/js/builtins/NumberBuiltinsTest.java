package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * The Number and Boolean constructors and prototypes, one rule per test.
 * Each expected value was recorded by running the same snippet in Node v20 as {@code new Function(code)()}
 * and rendering the result the way {@link Snippets#render} does.
 */
class NumberBuiltinsTest {

    /** All four installers of this group: the snippets mix strings, numbers and Math freely. */
    /** Every built-in group is registered in Engine; the snippet runs in a fresh one. */
    private static String run(String code) {
        return Snippets.run(code);
    }

    @Test
    void numberCalledAsAFunctionConverts() {
        assertThat(
                        run(
                                "return [Number(), Number(\"0x10\"), Number(\"0b101\"), Number(\"0o17\"), Number(\"  12  \"), Number(\"\"), Number(\"1e3\"), Number(\"-0x10\"), Number(null), Number(undefined), Number([5]), Number(\"1_000\"), Number(true)]"))
                .isEqualTo("[0, 16, 5, 15, 12, 0, 1000, NaN, 0, NaN, 5, NaN, 1]");
    }

    @Test
    void numberOfStringsWithInfinityAndSigns() {
        assertThat(
                        run(
                                "return [Number(\"Infinity\"), Number(\"-Infinity\"), Number(\"+1.5\"), Number(\"infinity\"), Number(\".5\"), Number(\"5.\"), Number(\".\"), Number(\"-0\")]"))
                .isEqualTo("[Infinity, -Infinity, 1.5, NaN, 0.5, 5, NaN, -0]");
    }

    @Test
    void newNumberMakesAWrapperObject() {
        assertThat(
                        run(
                                "const n = new Number(5); return [typeof n, n + 1, n.valueOf(), n instanceof Number, Object.prototype.toString.call(n), new Number().valueOf()]"))
                .isEqualTo("[\"object\", 6, 5, true, \"[object Number]\", 0]");
    }

    @Test
    void numberOfASymbolIsATypeError() {
        assertThat(run("try { Number(Symbol()) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot convert a Symbol value to a number\"");
    }

    @Test
    void numberConstants() {
        assertThat(
                        run(
                                "return [Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN]"))
                .isEqualTo(
                        "[2.220446049250313e-16, 9007199254740991, -9007199254740991, 1.7976931348623157e+308, 5e-324, Infinity, -Infinity, NaN]");
    }

    @Test
    void numberConstantsAreReadOnly() {
        assertThat(
                        run(
                                "Number.EPSILON = 1; const deleted = delete Number.MAX_VALUE; return [Number.EPSILON === 2 ** -52, deleted, Object.keys(Number)]"))
                .isEqualTo("[true, false, []]");
    }

    @Test
    void isFiniteAndIsNaNDoNotCoerce() {
        assertThat(
                        run(
                                "return [Number.isFinite(\"5\"), Number.isFinite(5), Number.isFinite(Infinity), Number.isNaN(\"NaN\"), Number.isNaN(NaN), Number.isNaN(undefined), Number.isFinite(new Number(1))]"))
                .isEqualTo("[false, true, false, false, true, false, false]");
    }

    @Test
    void isIntegerAndIsSafeInteger() {
        assertThat(
                        run(
                                "return [Number.isInteger(5), Number.isInteger(5.5), Number.isInteger(-0), Number.isInteger(1e300), Number.isInteger(Infinity), Number.isInteger(\"5\"), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(-(2 ** 53 - 1)), Number.isSafeInteger(1.5)]"))
                .isEqualTo("[true, false, true, true, false, false, false, true, true, false]");
    }

    @Test
    void toStringWithRadixForIntegers() {
        assertThat(
                        run(
                                "return [(255).toString(16), (255).toString(2), (-255).toString(36), (0).toString(2), (-0).toString(2), (2 ** 53).toString(7), (1e21).toString(36), Number.MAX_VALUE.toString(36).length]"))
                .isEqualTo(
                        "[\"ff\", \"11111111\", \"-73\", \"0\", \"0\", \"5350140446150306054\", \"5v1j4f4ds7c000\", 199]");
    }

    @Test
    void toStringWithRadixForFractions() {
        assertThat(
                        run(
                                "return [(0.5).toString(2), (0.1).toString(2), (0.1).toString(3), (-3.75).toString(16), (1 / 3).toString(36), Math.PI.toString(8), (1e-7).toString(2), (123.456).toString(36)]"))
                .isEqualTo(
                        "[\"0.1\", \"0.0001100110011001100110011001100110011001100110011001101\", \"0.0022002200220022002200220022002201\", \"-3.c\", \"0.c\", \"3.1103755242102643\", \"0.0000000000000000000000011010110101111111001010011010101111001010111101001\", \"3f.gez4w97ry\"]");
    }

    @Test
    void toStringWithRadixOfSpecialValues() {
        assertThat(
                        run(
                                "return [NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36), (5e-324).toString(2).length, (2 ** -1074).toString(36)]"))
                .isEqualTo(
                        "[\"NaN\", \"Infinity\", \"-Infinity\", 1076, \"0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003\"]");
    }

    @Test
    void toStringWithRadixManyValuesMatchV8() {
        assertThat(
                        run(
                                "const r = []; for (let x = 0.013; x < 1e12; x *= 7.77) for (const radix of [2, 3, 5, 7, 16, 36]) r.push(x.toString(radix)); return r"))
                .isEqualTo(
                        "[\"0.00000011010100111111011111001110110110010001011010000111001\", \"0.0001001102122012101001220202111022101\", \"0.00130303030303030303030303\", \"0.0043133026144201545563\", \"0.0353f7ced916872\", \"0.0guj0ad8xeoo\", \"0.000110011101101111001010100101101001000110100111010111\", \"0.0022011220112120021210002211121111\", \"0.0223031200342312003423112\", \"0.0464345035621132253\", \"0.19dbca9691a75c\", \"0.3mwq0frc4p7\", \"0.110010001110101111000111011000111101011100111111111\", \"0.210012011011020122201120011211102\", \"0.34302311031300044201333\", \"0.5331263554325132012\", \"0.c8ebc763d73fe\", \"0.s95ur5t61y\", \"110.00011001001010000000000001110101110101111101100101\", \"20.00212212201122020111010200011212\", \"11.02212020200110224322\", \"6.045463653633156146\", \"6.19280075d7d94\", \"6.3jcq7a8476\", \"101111.01100010001011110010001001001011111101100001101\", \"1202.1011001210011102101210122221\", \"142.142432320140331412043\", \"65.2453600565345624\", \"2f.622f224bf61a\", \"1b.dt21zpt85\", \"101110000.00101011100001111101010010111001101111010101\", \"111122.0111202212202212020102222221\", \"2433.0411114220101344424\", \"1034.1122161243121352\", \"170.2b87d4b9bd5\", \"a8.64dg75sq4\", \"101100101100.10101110011001001000011011001100001001111\", \"10220221.200101121110222201010021\", \"42420.320034020241310334\", \"11224.452442006125125\", \"b2c.ae6486cc278\", \"27g.oiv2dvq9\", \"101011011010011.01111110001110110010101111011011001111\", \"1010111020.111022110111110001011\", \"1202402.2213042320340433\", \"121542.33106240634142\", \"56d3.7e3b2bdb3c\", \"h5f.hr1mhuw\", \"101010001010100011.1001111100001110010100100011010001\", \"22202220120.1212022210212110001122\", \"21011312.3023130002313\", \"1316343.4230525241652\", \"2a2a3.9f0e52344\", \"3p9f.md7y18k\", \"101000111100111110010.001101111011010001100101001\", \"2112011210102.012212121221121221\", \"320420223.1020444324211\", \"14256233.13443066466\", \"1479f2.37b4652\", \"srg2.7u06bs\", \"100111110001100111101011.11110011011000101010000100011\", \"201121201221222.221200002002120011\", \"10132124414.4334100121113\", \"154425002.64404546004\", \"9f19eb.f362a118\", \"67hez.y84yrd\", \"100110101000011011101111101.11010001001011101111110101\", \"12122110002000120.21100120010221012\", \"131220013301.40203223341\", \"2002426203.5501625063\", \"4d4377d.d12efd4\", \"1c8gvx.tezpa\", \"100101100001010110011101111101.000111100111100111101\", \"1121212111220100102.01001221001221\", \"2242122443043.02442003\", \"21412442210.05555556\", \"2585677d.1e79e8\", \"aesd4t.4aaac\", \"100100011100010011111110110110101.0010001010001111011\", \"110121212200101011211.0101221020122\", \"40004122310422.031414142\", \"232131424621.06420643\", \"12389fdb5.228f6\", \"28w3oad.4uyl\", \"100011011001010000100001110001000100.10001001111110001\", \"10122002121121011022000.11211222001\", \"1110313202224402.23214102\", \"2513535563631.352601\", \"8d9421c44.89f88\", \"hgj16x0.jeh\", \"100010011000001000011100111101001011100.00111010010001\", \"1001020012201220000222200.020010221\", \"14314231430241034.103211\", \"30222504525132.14103\", \"44c10e7a5c.3a44\", \"3rno1pb0.87\"]");
    }

    @Test
    void toStringRadixOutOfRangeIsARangeError() {
        assertThat(
                        run(
                                "const r = []; for (const radix of [1, 37, 0, Infinity]) { try { (5).toString(radix) } catch (e) { r.push(e.constructor.name + \": \" + e.message) } } return r"))
                .isEqualTo(
                        "[\"RangeError: toString() radix argument must be between 2 and 36\", \"RangeError: toString() radix argument must be between 2 and 36\", \"RangeError: toString() radix argument must be between 2 and 36\", \"RangeError: toString() radix argument must be between 2 and 36\"]");
    }

    @Test
    void toStringRadixIsConverted() {
        assertThat(
                        run(
                                "return [(10).toString(\"2\"), (10).toString(2.9), (10).toString(undefined), (10).toString(10)]"))
                .isEqualTo("[\"1010\", \"1010\", \"10\", \"10\"]");
    }

    @Test
    void decimalToStringUsesTheShortestRoundTrip() {
        assertThat(
                        run(
                                "return [String(0.1 + 0.2), String(1e21), String(1e-7), String(123e-20), String(2 ** 53 + 2), String(-1.5e-9), String(100), String(0.000001)]"))
                .isEqualTo(
                        "[\"0.30000000000000004\", \"1e+21\", \"1e-7\", \"1.23e-18\", \"9007199254740994\", \"-1.5e-9\", \"100\", \"0.000001\"]");
    }

    @Test
    void toFixedRoundsTheExactBinaryValue() {
        assertThat(
                        run(
                                "return [(1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (2.5).toFixed(0), (-2.5).toFixed(0), (0.5).toFixed(0), (1.255).toFixed(2), (8.345).toFixed(2)]"))
                .isEqualTo("[\"1.00\", \"1.4\", \"1.6\", \"3\", \"-3\", \"1\", \"1.25\", \"8.35\"]");
    }

    @Test
    void toFixedPadsAndHandlesLargeValues() {
        assertThat(
                        run(
                                "return [(1).toFixed(3), (123.456).toFixed(), (1e21).toFixed(2), (1e20).toFixed(2), (0.1).toFixed(20), (-0).toFixed(2), (-0.0001).toFixed(2), NaN.toFixed(2), (-Infinity).toFixed(1)]"))
                .isEqualTo(
                        "[\"1.000\", \"123\", \"1e+21\", \"100000000000000000000.00\", \"0.10000000000000000555\", \"0.00\", \"-0.00\", \"NaN\", \"-Infinity\"]");
    }

    @Test
    void toFixedDigitsOutOfRangeIsARangeError() {
        assertThat(
                        run(
                                "const r = []; for (const d of [-1, 101, Infinity]) { try { (1).toFixed(d) } catch (e) { r.push(e.constructor.name + \": \" + e.message) } } r.push((1).toFixed(100).length, (1.5).toFixed(2.9)); return r"))
                .isEqualTo(
                        "[\"RangeError: toFixed() digits argument must be between 0 and 100\", \"RangeError: toFixed() digits argument must be between 0 and 100\", \"RangeError: toFixed() digits argument must be between 0 and 100\", 102, \"1.50\"]");
    }

    @Test
    void toFixedOfManyValuesMatchesV8() {
        assertThat(
                        run(
                                "const r = []; for (let x = 0.0013; x < 1e6; x *= 3.3) r.push(x.toFixed(0), x.toFixed(2), x.toFixed(7), (-x).toFixed(4)); return r"))
                .isEqualTo(
                        "[\"0\", \"0.00\", \"0.0013000\", \"-0.0013\", \"0\", \"0.00\", \"0.0042900\", \"-0.0043\", \"0\", \"0.01\", \"0.0141570\", \"-0.0142\", \"0\", \"0.05\", \"0.0467181\", \"-0.0467\", \"0\", \"0.15\", \"0.1541697\", \"-0.1542\", \"1\", \"0.51\", \"0.5087601\", \"-0.5088\", \"2\", \"1.68\", \"1.6789084\", \"-1.6789\", \"6\", \"5.54\", \"5.5403976\", \"-5.5404\", \"18\", \"18.28\", \"18.2833120\", \"-18.2833\", \"60\", \"60.33\", \"60.3349297\", \"-60.3349\", \"199\", \"199.11\", \"199.1052681\", \"-199.1053\", \"657\", \"657.05\", \"657.0473847\", \"-657.0474\", \"2168\", \"2168.26\", \"2168.2563694\", \"-2168.2564\", \"7155\", \"7155.25\", \"7155.2460191\", \"-7155.2460\", \"23612\", \"23612.31\", \"23612.3118632\", \"-23612.3119\", \"77921\", \"77920.63\", \"77920.6291485\", \"-77920.6291\", \"257138\", \"257138.08\", \"257138.0761901\", \"-257138.0762\", \"848556\", \"848555.65\", \"848555.6514274\", \"-848555.6514\"]");
    }

    @Test
    void toPrecisionChoosesFixedOrExponential() {
        assertThat(
                        run(
                                "return [(123.456).toPrecision(4), (0.000123).toPrecision(2), (123456).toPrecision(2), (1e-7).toPrecision(1), (1.5).toPrecision(1), (2.5).toPrecision(1), (0).toPrecision(3), (-1.005).toPrecision(3), (123).toPrecision(3), (99.99).toPrecision(3)]"))
                .isEqualTo(
                        "[\"123.5\", \"0.00012\", \"1.2e+5\", \"1e-7\", \"2\", \"3\", \"0.00\", \"-1.00\", \"123\", \"100\"]");
    }

    @Test
    void toPrecisionUndefinedIsToStringAndRangeIsChecked() {
        assertThat(
                        run(
                                "const r = [(1.23).toPrecision(), (1.23).toPrecision(undefined), NaN.toPrecision(200)]; for (const p of [0, 101]) { try { (1).toPrecision(p) } catch (e) { r.push(e.constructor.name + \": \" + e.message) } } return r"))
                .isEqualTo(
                        "[\"1.23\", \"1.23\", \"NaN\", \"RangeError: toPrecision() argument must be between 1 and 100\", \"RangeError: toPrecision() argument must be between 1 and 100\"]");
    }

    @Test
    void toPrecisionOfManyValuesMatchesV8() {
        assertThat(
                        run(
                                "const r = []; for (let x = 1.7e-9; x < 1e25; x *= 13.1) r.push(x.toPrecision(1), x.toPrecision(6), x.toPrecision(17), x.toPrecision(21)); return r"))
                .isEqualTo(
                        "[\"2e-9\", \"1.70000e-9\", \"1.6999999999999999e-9\", \"1.69999999999999991976e-9\", \"2e-8\", \"2.22700e-8\", \"2.2269999999999997e-8\", \"2.22699999999999969223e-8\", \"3e-7\", \"2.91737e-7\", \"2.9173699999999996e-7\", \"2.91736999999999960675e-7\", \"0.000004\", \"0.00000382175\", \"0.0000038217546999999991\", \"0.00000382175469999999913544\", \"0.00005\", \"0.0000500650\", \"0.000050064986569999984\", \"0.0000500649865699999841850\", \"0.0007\", \"0.000655851\", \"0.00065585132406699974\", \"0.000655851324066999735903\", \"0.009\", \"0.00859165\", \"0.0085916523452776970\", \"0.00859165234527769702821\", \"0.1\", \"0.112551\", \"0.11255064572313783\", \"0.112550645723137832110\", \"1\", \"1.47441\", \"1.4744134589731055\", \"1.47441345897310549518\", \"2e+1\", \"19.3148\", \"19.314816312547681\", \"19.3148163125476806101\", \"3e+2\", \"253.024\", \"253.02409369437461\", \"253.024093694374613506\", \"3e+3\", \"3314.62\", \"3314.6156273963074\", \"3314.61562739630744545\", \"4e+4\", \"43421.5\", \"43421.464718891628\", \"43421.4647188916278537\", \"6e+5\", \"568821\", \"568821.18781748030\", \"568821.187817480298690\", \"7e+6\", \"7.45156e+6\", \"7451557.5604089918\", \"7451557.56040899176151\", \"1e+8\", \"9.76154e+7\", \"97615404.041357785\", \"97615404.0413577854633\", \"1e+9\", \"1.27876e+9\", \"1278761792.9417870\", \"1278761792.94178700447\", \"2e+10\", \"1.67518e+10\", \"16751779487.537409\", \"16751779487.5374088287\", \"2e+11\", \"2.19448e+11\", \"219448311286.74005\", \"219448311286.740051270\", \"3e+12\", \"2.87477e+12\", \"2874772877856.2944\", \"2874772877856.29443359\", \"4e+13\", \"3.76595e+13\", \"37659524699917.453\", \"37659524699917.4531250\", \"5e+14\", \"4.93340e+14\", \"493339773568918.63\", \"493339773568918.625000\", \"6e+15\", \"6.46275e+15\", \"6462751033752834.0\", \"6462751033752834.00000\", \"8e+16\", \"8.46620e+16\", \"84662038542162128\", \"84662038542162128.0000\", \"1e+18\", \"1.10907e+18\", \"1.1090727049023238e+18\", \"1109072704902323840.00\", \"1e+19\", \"1.45289e+19\", \"1.4528852434220442e+19\", \"14528852434220441600.0\", \"2e+20\", \"1.90328e+20\", \"1.9032796688828776e+20\", \"190327966888287764480\", \"2e+21\", \"2.49330e+21\", \"2.4932963662365694e+21\", \"2.49329636623656943616e+21\", \"3e+22\", \"3.26622e+22\", \"3.2662182397699057e+22\", \"3.26621823976990572544e+22\", \"4e+23\", \"4.27875e+23\", \"4.2787458940985764e+23\", \"4.27874589409857639547e+23\", \"6e+24\", \"5.60516e+24\", \"5.6051571212691353e+24\", \"5.60515712126913527939e+24\"]");
    }

    @Test
    void toExponentialFormatsMantissaAndExponent() {
        assertThat(
                        run(
                                "return [(123456).toExponential(2), (0.00015).toExponential(1), (1).toExponential(), (123.456).toExponential(), (0).toExponential(), (0).toExponential(2), (-1.5e-7).toExponential(3), (1.25).toExponential(1), (1.35).toExponential(1)]"))
                .isEqualTo(
                        "[\"1.23e+5\", \"1.5e-4\", \"1e+0\", \"1.23456e+2\", \"0e+0\", \"0.00e+0\", \"-1.500e-7\", \"1.3e+0\", \"1.4e+0\"]");
    }

    @Test
    void toExponentialRangeAndSpecialValues() {
        assertThat(
                        run(
                                "const r = [Infinity.toExponential(1000), NaN.toExponential(), (5e-324).toExponential(), Number.MAX_VALUE.toExponential(20)]; for (const d of [-1, 101]) { try { (1).toExponential(d) } catch (e) { r.push(e.constructor.name + \": \" + e.message) } } return r"))
                .isEqualTo(
                        "[\"Infinity\", \"NaN\", \"5e-324\", \"1.79769313486231570815e+308\", \"RangeError: toExponential() argument must be between 0 and 100\", \"RangeError: toExponential() argument must be between 0 and 100\"]");
    }

    @Test
    void toExponentialOfManyValuesMatchesV8() {
        assertThat(
                        run(
                                "const r = []; for (let x = 3.3e-12; x < 1e30; x *= 17.3) r.push(x.toExponential(), x.toExponential(0), x.toExponential(5), x.toExponential(18)); return r"))
                .isEqualTo(
                        "[\"3.3e-12\", \"3e-12\", \"3.30000e-12\", \"3.300000000000000075e-12\", \"5.7090000000000007e-11\", \"6e-11\", \"5.70900e-11\", \"5.709000000000000655e-11\", \"9.876570000000002e-10\", \"1e-9\", \"9.87657e-10\", \"9.876570000000001598e-10\", \"1.7086466100000003e-8\", \"2e-8\", \"1.70865e-8\", \"1.708646610000000293e-8\", \"2.9559586353000006e-7\", \"3e-7\", \"2.95596e-7\", \"2.955958635300000573e-7\", \"5.113808439069001e-6\", \"5e-6\", \"5.11381e-6\", \"5.113808439069000864e-6\", \"8.846888599589372e-5\", \"9e-5\", \"8.84689e-5\", \"8.846888599589372419e-5\", \"1.5305117277289615e-3\", \"2e-3\", \"1.53051e-3\", \"1.530511727728961534e-3\", \"2.6477852889711037e-2\", \"3e-2\", \"2.64779e-2\", \"2.647785288971103712e-2\", \"4.5806685499200095e-1\", \"5e-1\", \"4.58067e-1\", \"4.580668549920009491e-1\", \"7.9245565913616165e+0\", \"8e+0\", \"7.92456e+0\", \"7.924556591361616498e+0\", \"1.3709482903055599e+2\", \"1e+2\", \"1.37095e+2\", \"1.370948290305559851e+2\", \"2.371740542228619e+3\", \"2e+3\", \"2.37174e+3\", \"2.371740542228618779e+3\", \"4.103111138055511e+4\", \"4e+4\", \"4.10311e+4\", \"4.103111138055510673e+4\", \"7.098382268836034e+5\", \"7e+5\", \"7.09838e+5\", \"7.098382268836033763e+5\", \"1.2280201325086338e+7\", \"1e+7\", \"1.22802e+7\", \"1.228020132508633845e+7\", \"2.1244748292399368e+8\", \"2e+8\", \"2.12447e+8\", \"2.124474829239936769e+8\", \"3.6753414545850906e+9\", \"4e+9\", \"3.67534e+9\", \"3.675341454585090637e+9\", \"6.358340716432207e+10\", \"6e+10\", \"6.35834e+10\", \"6.358340716432206726e+10\", \"1.0999929439427717e+12\", \"1e+12\", \"1.09999e+12\", \"1.099992943942771729e+12\", \"1.9029877930209953e+13\", \"2e+13\", \"1.90299e+13\", \"1.902987793020995313e+13\", \"3.292168881926322e+14\", \"3e+14\", \"3.29217e+14\", \"3.292168881926321875e+14\", \"5.695452165732537e+15\", \"6e+15\", \"5.69545e+15\", \"5.695452165732537000e+15\", \"9.85313224671729e+16\", \"1e+17\", \"9.85313e+16\", \"9.853132246717289600e+16\", \"1.7045918786820913e+18\", \"2e+18\", \"1.70459e+18\", \"1.704591878682091264e+18\", \"2.948943950120018e+19\", \"3e+19\", \"2.94894e+19\", \"2.948943950120017920e+19\", \"5.1016730337076314e+20\", \"5e+20\", \"5.10167e+20\", \"5.101673033707631411e+20\", \"8.825894348314203e+21\", \"9e+21\", \"8.82589e+21\", \"8.825894348314203128e+21\", \"1.5268797222583572e+23\", \"2e+23\", \"1.52688e+23\", \"1.526879722258357216e+23\", \"2.641501919506958e+24\", \"3e+24\", \"2.64150e+24\", \"2.641501919506957876e+24\", \"4.569798320747037e+25\", \"5e+25\", \"4.56980e+25\", \"4.569798320747037012e+25\", \"7.905751094892375e+26\", \"8e+26\", \"7.90575e+26\", \"7.905751094892374735e+26\", \"1.3676949394163808e+28\", \"1e+28\", \"1.36769e+28\", \"1.367694939416380789e+28\", \"2.3661122451903388e+29\", \"2e+29\", \"2.36611e+29\", \"2.366112245190338752e+29\"]");
    }

    @Test
    void toLocaleStringGroupsThousandsWithThreeFractionDigits() {
        assertThat(
                        run(
                                "return [(1234.5).toLocaleString(), (1234567.891).toLocaleString(), (0.0001).toLocaleString(), (-1234.5678).toLocaleString(), (1e21).toLocaleString(), (0).toLocaleString(), (-0).toLocaleString(), (999.9995).toLocaleString(), (1.0005).toLocaleString(), (2.0005).toLocaleString()]"))
                .isEqualTo(
                        "[\"1,234.5\", \"1,234,567.891\", \"0\", \"-1,234.568\", \"1,000,000,000,000,000,000,000\", \"0\", \"-0\", \"1,000\", \"1.001\", \"2.001\"]");
    }

    @Test
    void toLocaleStringOfSpecialValues() {
        assertThat(
                        run(
                                "return [NaN.toLocaleString(), Infinity.toLocaleString(), (-Infinity).toLocaleString(), (123).toLocaleString(), (1234).toLocaleString()]"))
                .isEqualTo("[\"NaN\", \"\u221E\", \"-\u221E\", \"123\", \"1,234\"]");
    }

    @Test
    void numberMethodsRequireANumber() {
        assertThat(
                        run(
                                "const r = []; for (const m of [\"toString\", \"toFixed\", \"valueOf\", \"toPrecision\", \"toExponential\", \"toLocaleString\"]) { try { Number.prototype[m].call(\"1\") } catch (e) { r.push(e.constructor.name + \": \" + e.message) } } return r"))
                .isEqualTo(
                        "[\"TypeError: Number.prototype.toString requires that 'this' be a Number\", \"TypeError: Number.prototype.toFixed requires that 'this' be a Number\", \"TypeError: Number.prototype.valueOf requires that 'this' be a Number\", \"TypeError: Number.prototype.toPrecision requires that 'this' be a Number\", \"TypeError: Number.prototype.toExponential requires that 'this' be a Number\", \"TypeError: Number.prototype.toLocaleString requires that 'this' be a Number\"]");
    }

    @Test
    void numberPrototypeIsTheNumberZero() {
        assertThat(run("return [Number.prototype.valueOf(), Number.prototype.toString(), Number.prototype.toFixed(1)]"))
                .isEqualTo("[0, \"0\", \"0.0\"]");
    }

    @Test
    void numberMethodsAcceptWrappers() {
        assertThat(
                        run(
                                "return [new Number(255).toString(16), Number.prototype.toFixed.call(new Number(1.5), 2), new Number(3).valueOf()]"))
                .isEqualTo("[\"ff\", \"1.50\", 3]");
    }

    @Test
    void numberFunctionLengthsAndNames() {
        assertThat(
                        run(
                                "const p = Number.prototype; return [Number.length, p.toString.length, p.toFixed.length, p.toPrecision.length, p.toExponential.length, p.toLocaleString.length, p.valueOf.length, Number.isInteger.length, Number.name]"))
                .isEqualTo("[1, 1, 1, 1, 1, 0, 0, 1, \"Number\"]");
    }

    @Test
    void numberSubclassingKeepsThePrototype() {
        assertThat(
                        run(
                                "class N extends Number { double() { return this * 2 } } const n = new N(21); return [n.double(), n instanceof N, n instanceof Number, n.toFixed(1)]"))
                .isEqualTo("[42, true, true, \"21.0\"]");
    }

    @Test
    void numberConvertsObjectsWithValueOfThenToString() {
        assertThat(
                        run(
                                "return [Number({valueOf() { return \"7\" }}), Number({toString() { return \"8\" }}), Number({}), Number([]), Number([\"9\"]), Number([1, 2])]"))
                .isEqualTo("[7, 8, NaN, 0, 9, NaN]");
    }

    @Test
    void booleanCalledAsAFunctionConverts() {
        assertThat(
                        run(
                                "return [Boolean(), Boolean(0), Boolean(-0), Boolean(NaN), Boolean(\"\"), Boolean(\"0\"), Boolean(\" \"), Boolean({}), Boolean([]), Boolean(null), Boolean(Symbol()), Boolean(new Boolean(false))]"))
                .isEqualTo("[false, false, false, false, false, true, true, true, true, false, true, true]");
    }

    @Test
    void newBooleanMakesAWrapperObject() {
        assertThat(
                        run(
                                "const b = new Boolean(false); return [typeof b, b.valueOf(), b.toString(), b ? \"truthy\" : \"falsy\", b instanceof Boolean, Object.prototype.toString.call(b)]"))
                .isEqualTo("[\"object\", false, \"false\", \"truthy\", true, \"[object Boolean]\"]");
    }

    @Test
    void booleanPrototypeMethods() {
        assertThat(
                        run(
                                "return [true.toString(), false.valueOf(), Boolean.prototype.valueOf(), Boolean.prototype.toString(), Boolean.prototype.toString.length, Boolean.length]"))
                .isEqualTo("[\"true\", false, false, \"false\", 0, 1]");
    }

    @Test
    void booleanMethodsRequireABoolean() {
        assertThat(
                        run(
                                "const r = []; for (const m of [\"toString\", \"valueOf\"]) { try { Boolean.prototype[m].call(1) } catch (e) { r.push(e.constructor.name + \": \" + e.message) } } return r"))
                .isEqualTo(
                        "[\"TypeError: Boolean.prototype.toString requires that 'this' be a Boolean\", \"TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean\"]");
    }

    @Test
    void booleanSubclassingKeepsThePrototype() {
        assertThat(
                        run(
                                "class B extends Boolean { flip() { return !this.valueOf() } } const b = new B(1); return [b.flip(), b instanceof B, b instanceof Boolean]"))
                .isEqualTo("[false, true, true]");
    }

    @Test
    void numberOfPrefixedStringsRejectsInvalidDigits() {
        assertThat(
                        run(
                                "return [Number(\" 0x10 \"), Number(\"0x1g\"), Number(\"0X1F\"), Number(\"0b2\"), Number(\"0o8\"), Number(\"1e1000\"), Number(\"-1e-400\"), Number(\"0x\")]"))
                .isEqualTo("[16, NaN, 31, NaN, NaN, Infinity, -0, NaN]");
    }

    @Test
    void toStringRadixOfNegativeFractions() {
        assertThat(
                        run(
                                "return [(-0.5).toString(2), (-255.5).toString(16), (-1e-7).toString(36), (0.1 + 0.2).toString(3)]"))
                .isEqualTo("[\"-0.1\", \"-ff.8\", \"-0.000061oezo085tl\", \"0.022002200220022002200220022002201\"]");
    }
}
