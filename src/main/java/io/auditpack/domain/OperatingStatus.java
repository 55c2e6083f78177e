package io.auditpack.domain;

/**
 * How a control (or a requirement, through its controls) operated over the due slices. Declared from worst to best
 * for requirements: a requirement's operating status is the worst of its implemented controls'.
 */
public enum OperatingStatus {
    NO_RECORDS,
    INCONSISTENT,
    NOT_YET_DUE,
    EFFECTIVE,
    NOT_IMPLEMENTED;

    public String word() {
        return Words.word(this);
    }
}
