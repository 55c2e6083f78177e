package io.auditpack.domain;

/** The four failure modes an audit finds. */
public enum GapType {
    MISSING_CONTROL,
    MISSING_DOCUMENTATION,
    MISSING_OPERATIONAL_RECORD,
    INCONSISTENT_PERFORMANCE;

    public String word() {
        return Words.word(this);
    }
}
