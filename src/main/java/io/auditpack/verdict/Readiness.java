package io.auditpack.verdict;

import io.auditpack.domain.Words;

/** The Stage 1 verdict on readiness for Stage 2: ready, ready with observations, or not ready. */
public enum Readiness {
    READY,
    READY_WITH_OBSERVATIONS,
    NOT_READY;

    public String word() {
        return Words.word(this);
    }
}
