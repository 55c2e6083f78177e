package io.auditpack.report.oscal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Ordered JSON objects for the OSCAL trees: keys in the order given, and a key left out when its value is null, an
 * empty text or an empty list (OSCAL arrays hold at least one item, and its strings at least one character).
 */
final class Nodes {
    private Nodes() {}

    static Map<String, Object> node(@Nullable Object... keysAndValues) {
        Map<String, Object> node = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value == null
                    || value instanceof String text && text.isEmpty()
                    || value instanceof Collection<?> list && list.isEmpty()) {
                continue;
            }
            node.put((String) keysAndValues[i], value);
        }
        return node;
    }

    /** A property in the project's namespace; null when the value is blank. */
    static @Nullable Map<String, Object> prop(String name, String value) {
        String plain = OscalText.plain(value);
        return plain.isEmpty() ? null : node("name", name, "ns", OscalText.NS, "value", plain);
    }

    /** The non-null properties, in order. */
    static List<Map<String, Object>> props(@Nullable Map<String, Object>... props) {
        return java.util.Arrays.stream(props)
                .filter(java.util.Objects::nonNull)
                .map(p -> (Map<String, Object>) p)
                .toList();
    }
}
