package io.auditpack.domain;

import java.util.Optional;

/** The Trust Services categories; security (the common criteria) is always in scope. */
public enum Soc2Category {
    SECURITY("CC"),
    AVAILABILITY("A"),
    CONFIDENTIALITY("C"),
    PROCESSING_INTEGRITY("PI"),
    PRIVACY("P");

    private final String prefix;

    Soc2Category(String prefix) {
        this.prefix = prefix;
    }

    /** The criterion ID prefix: CC, A, C, PI, P. */
    public String prefix() {
        return prefix;
    }

    public static Optional<Soc2Category> fromWord(String word) {
        return Words.lookup(Soc2Category.class, word);
    }
}
