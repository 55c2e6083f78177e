package io.auditpack.input;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column of each header name, names compared ignoring case, the first of equal names. It remembers the names
 * last asked for by identity: readers ask for the same dozen names (string constants) for every one of millions of
 * rows, and a comparison of references is cheaper than a lookup. One table is read by one thread.
 */
final class ColumnIndex {
    private static final int REMEMBERED = 32;

    private final Map<String, Integer> byName = new HashMap<>();
    private final String[] askedNames = new String[REMEMBERED];
    private final int[] askedColumns = new int[REMEMBERED];

    ColumnIndex(List<String> header) {
        for (int i = header.size() - 1; i >= 0; i--) {
            byName.put(header.get(i).toLowerCase(Locale.ROOT), i);
        }
    }

    /** The column of {@code name} (any case), or -1. */
    int of(String name) {
        int slot = name.hashCode() & (REMEMBERED - 1);
        if (askedNames[slot] == name) {
            return askedColumns[slot];
        }
        Integer found = byName.get(name);
        if (found == null) {
            found = byName.get(name.toLowerCase(Locale.ROOT));
        }
        int column = found == null ? -1 : found;
        askedColumns[slot] = column;
        askedNames[slot] = name;
        return column;
    }
}
