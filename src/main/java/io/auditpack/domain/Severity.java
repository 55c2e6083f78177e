package io.auditpack.domain;

/**
 * How much a finding matters. {@code ERROR} findings are input errors: the run stops with exit 2 and writes
 * nothing. {@code WARNING} and {@code INFO} findings are audit observations carried into the pack.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
