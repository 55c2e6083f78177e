package io.auditpack.domain;

/** Lifecycle of a control in the library: only implemented controls count for coverage. */
public enum ControlStatus {
    IMPLEMENTED,
    PLANNED,
    NOT_APPLICABLE
}
