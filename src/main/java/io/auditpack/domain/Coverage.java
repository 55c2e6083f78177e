package io.auditpack.domain;

/** Whether a mapped control satisfies the whole requirement or only part of it. */
public enum Coverage {
    FULL,
    PARTIAL
}
