package dev.loopsim.js.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {

    /** Left: the double, exactly; right: {@code String(x)} recorded from Node v20 on this machine. */
    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource({
        "0.10000000000000001, 0.1",
        "0.30000000000000004, 0.30000000000000004",
        "0.33333333333333331, 0.3333333333333333",
        "1.2345678901234568e+20, 123456789012345680000",
        "1.0000000000000000e+21, 1e+21",
        "1.5000000000000000e+21, 1.5e+21",
        "9.9999999999999995e-7, 0.000001",
        "9.9999999999999995e-8, 1e-7",
        "1.2345000000000001e-7, 1.2345e-7",
        "4.9406564584124654e-324, 5e-324",
        "1.7976931348623157e+308, 1.7976931348623157e+308",
        "123.45600000000000, 123.456",
        "100.00000000000000, 100",
        "1.0000000000000000e+20, 100000000000000000000",
        "9007199254740992.0, 9007199254740992",
        "1.8446744073709552e+19, 18446744073709552000",
        "-9.9999999999999995e-8, -1e-7",
        "0.0000012340000000000000, 0.000001234",
        "36.428571428571431, 36.42857142857143",
        "1.0000000000000000e+100, 1e+100",
        "12345678.900000000, 12345678.9",
        "-0.0, 0",
        "NaN, NaN",
        "Infinity, Infinity",
        "-Infinity, -Infinity",
        "4.3499999999999996, 4.35",
        "9007199254740992.0, 9007199254740992",
        "1.0000000000000002, 1.0000000000000002"
    })
    void numberToStringMatchesNode(String exactValue, String node) {
        assertThat(Values.numberToString(Double.parseDouble(exactValue))).isEqualTo(node);
    }
}
