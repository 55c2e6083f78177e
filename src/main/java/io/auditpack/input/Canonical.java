package io.auditpack.input;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shares equal values among the records of one file, so that a million rows naming the same control, source or
 * approver hold one copy of it. Values that keep being new (IDs, titles) are not worth it and are not given here;
 * past {@value #LIMIT} distinct values the table stops growing and further new values are kept as they are.
 */
final class Canonical {
    private static final int LIMIT = 100_000;

    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, List<String>> lists = new HashMap<>();

    /** The shared copy of a text. */
    String text(String value) {
        if (value.isEmpty()) {
            return "";
        }
        return share(texts, value, v -> v);
    }

    /** The shared list made from a cell's text (for example a {@code ;}-separated list of control IDs). */
    List<String> list(String cell, Function<String, List<String>> parse) {
        return share(lists, cell, key -> List.copyOf(parse.apply(key)));
    }

    private static <T> T share(Map<String, T> shared, String key, Function<String, T> make) {
        T found = shared.get(key);
        if (found == null) {
            found = make.apply(key);
            if (shared.size() < LIMIT) {
                shared.put(key, found);
            }
        }
        return found;
    }
}
