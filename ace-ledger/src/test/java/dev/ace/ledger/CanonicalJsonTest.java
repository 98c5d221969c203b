package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {
    /** RFC 8785 Appendix B and the ECMAScript formatting rules. */
    @ParameterizedTest
    @CsvSource({
        "0, 0", "-0.0, 0", "1, 1", "-1, -1", "4.50, 4.5", "2e-3, 0.002", "0.000001, 0.000001", "1e-7, 1e-7",
        "1e21, 1e+21", "1e20, 100000000000000000000", "123456789012345680000, 123456789012345680000",
        "333333333.33333329, 333333333.3333333", "1E30, 1e+30", "0.000000000000000000000000001, 1e-27",
        "9007199254740992, 9007199254740992", "4.940656458412465e-324, 5e-324",
        "1.7976931348623157e308, 1.7976931348623157e+308", "-1.5e-10, -1.5e-10", "295.5, 295.5", "1.25e22, 1.25e+22",
    })
    void formatsNumbersTheEcmaScriptWay(String in, String out) {
        assertThat(CanonicalJson.string(Double.parseDouble(in))).isEqualTo(out);
    }

    @Test
    void sortsKeysByUtf16CodeUnits() {
        Map<String, Object> m = new HashMap<>();
        m.put("\u20ac", "Euro Sign");
        m.put("\r", "Carriage Return");
        m.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        m.put("1", "One");
        m.put("\ud83d\ude00", "Emoji: Grinning Face");
        m.put("\u0080", "Control");
        m.put("\u00f6", "Latin Small Letter O With Diaeresis");
        assertThat(CanonicalJson.string(m)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void canonicalisesTheRfcExampleObject() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numbers", List.of(333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001));
        m.put("string", "\u20ac$\u000f\nA'B\"\\\\\"/");
        m.put("literals", Arrays.asList(null, true, false));
        assertThat(CanonicalJson.string(m)).isEqualTo("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,"
                + "1e+30,4.5,0.002,1e-27],\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void writesIntegersExactlyAndUtf8Bytes() {
        Map<String, Object> m = Map.of("seq", 42L, "n", 7, "big", new BigDecimal("0.1"), "text", "h\u00e9");
        assertThat(CanonicalJson.bytes(m)).isEqualTo("{\"big\":0.1,\"n\":7,\"seq\":42,\"text\":\"h\u00e9\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rejectsWhatJsonCannotHoldNamingThePath() {
        assertThatThrownBy(() -> CanonicalJson.string(Map.of("a", List.of(Double.NaN)))).hasMessageContaining("$.a[0]");
        assertThatThrownBy(() -> CanonicalJson.string(Map.of("a", 1L << 60))).hasMessageContaining("beyond 2^53");
        assertThatThrownBy(() -> CanonicalJson.string(Map.of(1, "x"))).hasMessageContaining("not a string");
        assertThatThrownBy(() -> CanonicalJson.string("\ud800")).hasMessageContaining("lone surrogate");
        assertThatThrownBy(() -> CanonicalJson.string(new Object())).hasMessageContaining("JSON has no");
    }
}
