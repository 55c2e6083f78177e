package io.auditpack.verdict;

import io.auditpack.domain.Words;

/** The result of testing one item: {@code pass}, {@code exception} or {@code not_tested}. */
public enum TestResult {
    PASS,
    EXCEPTION,
    NOT_TESTED;

    /** The lower-case word shown in the reports. */
    public String word() {
        return Words.word(this);
    }
}
