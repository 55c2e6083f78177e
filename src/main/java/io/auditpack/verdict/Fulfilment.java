package io.auditpack.verdict;

import java.util.Locale;

/**
 * How far the pack answers one auditor request: {@code FULFILLED} (every control the request targets has evidence in
 * the pack, at least one control), {@code PARTIAL} (some but not all), {@code OPEN} (none, or the request targets no
 * control), {@code OVERDUE} (not fulfilled and due before as-of).
 */
public enum Fulfilment {
    FULFILLED,
    PARTIAL,
    OPEN,
    OVERDUE;

    /** The word used in files and reports: {@code fulfilled}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
