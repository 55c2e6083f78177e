package io.auditpack.domain;

import java.util.Locale;
import java.util.Optional;

/** How often a control operates; decides how the audit period is cut into slices. */
public enum Frequency {
    CONTINUOUS,
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    SEMIANNUAL,
    ANNUAL,
    EVENT;

    /** The lower-case word used in controls.csv. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Frequency> fromWord(String word) {
        return Words.lookup(Frequency.class, word);
    }
}
