package io.auditpack.cli;

/** The exit codes of the contract. */
final class ExitCodes {
    static final int OK = 0;
    static final int UNEXPECTED = 1;
    static final int BAD_INPUT = 2;
    static final int VERIFY_FAILED = 3;

    private ExitCodes() {}
}
