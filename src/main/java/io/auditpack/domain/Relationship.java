package io.auditpack.domain;

import java.util.Optional;

/** The set relation of a control to a requirement, in the NIST IR 8477 / OSCAL mapping vocabulary. */
public enum Relationship {
    EQUAL_TO(Coverage.FULL),
    EQUIVALENT_TO(Coverage.FULL),
    SUPERSET_OF(Coverage.FULL),
    SUBSET_OF(Coverage.PARTIAL),
    INTERSECTS_WITH(Coverage.PARTIAL);

    private final Coverage coverage;

    Relationship(Coverage coverage) {
        this.coverage = coverage;
    }

    /** The coverage this relationship implies. */
    public Coverage coverage() {
        return coverage;
    }

    /** The word used in mappings.csv: {@code equal-to}, {@code subset-of} ... */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<Relationship> fromWord(String word) {
        return Words.lookup(Relationship.class, word);
    }
}
