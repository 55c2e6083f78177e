package io.auditpack.domain;

import java.util.Optional;

/** Kinds of evidence: documentation (policies and the like) or operational records (proof a control ran). */
public enum EvidenceType {
    POLICY(true),
    PROCEDURE(true),
    STANDARD(true),
    PLAN(true),
    RECORD(false),
    TICKET(false),
    LOG(false),
    REVIEW(false),
    REPORT(false),
    SCREENSHOT(false),
    CONFIGURATION(false),
    TRAINING(false),
    SCAN(false),
    ATTESTATION(false);

    private final boolean documentation;

    EvidenceType(boolean documentation) {
        this.documentation = documentation;
    }

    public boolean isDocumentation() {
        return documentation;
    }

    public boolean isOperationalRecord() {
        return !documentation;
    }

    public static Optional<EvidenceType> fromWord(String word) {
        return Words.lookup(EvidenceType.class, word);
    }
}
