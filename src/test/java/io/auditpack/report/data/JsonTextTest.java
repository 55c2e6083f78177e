package io.auditpack.report.data;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTextTest {

    @Test
    void controlCharactersQuotesAndBackslashesAreEscapedAndUnicodeKept() {
        assertThat(JsonText.render("a\"b\\c\nd\u0001é")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001é\"\n");
    }

    @Test
    void emptyContainersStayOnOneLineAndNullsAreWritten() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("list", List.of());
        node.put("map", Map.of());
        node.put("none", null);
        node.put("values", Arrays.asList(1, new BigDecimal("0.0"), true));
        assertThat(JsonText.render(node)).isEqualTo(
                "{\n  \"list\": [],\n  \"map\": {},\n  \"none\": null,\n  \"values\": [\n    1,\n    0.0,\n    true\n  ]\n}\n");
    }
}
