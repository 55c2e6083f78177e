package io.auditpack.domain;

/** Whether a control's policy or procedure is current at the as-of date (approved within the last 12 months). */
public enum DocumentationStatus {
    CURRENT,
    STALE,
    MISSING,
    NOT_REQUIRED;

    public String word() {
        return Words.word(this);
    }
}
