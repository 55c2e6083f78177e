package io.auditpack.domain;

/** Whether a requirement has implemented controls mapped to it, fully or only partially; or is excluded. */
public enum DesignStatus {
    COVERED,
    PARTIAL,
    MISSING_CONTROL,
    NOT_APPLICABLE;

    public String word() {
        return Words.word(this);
    }
}
