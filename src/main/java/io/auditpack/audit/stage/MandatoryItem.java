package io.auditpack.audit.stage;

import io.auditpack.verdict.ItemKind;
import java.util.List;
import java.util.Objects;

/**
 * One documented-information requirement of ISO/IEC 27001:2022 that a Stage 1 audit checks: the clause, what it
 * asks for, and whether that is a maintained document or a retained record. {@link #ALL} lists the fourteen in
 * clause order.
 */
record MandatoryItem(String clause, String expected, ItemKind kind) {
    static final List<MandatoryItem> ALL = List.of(
            new MandatoryItem("4.3", "Scope of the ISMS", ItemKind.DOCUMENT),
            new MandatoryItem("5.2", "Information security policy", ItemKind.DOCUMENT),
            new MandatoryItem("6.1.2", "Information security risk assessment process", ItemKind.DOCUMENT),
            new MandatoryItem(
                    "6.1.3",
                    "Risk treatment process, Statement of Applicability and risk treatment plan",
                    ItemKind.BOTH),
            new MandatoryItem("6.2", "Information security objectives", ItemKind.DOCUMENT),
            new MandatoryItem("7.2", "Evidence of competence", ItemKind.RECORD),
            new MandatoryItem(
                    "7.5.1", "Documented information the organisation determined as necessary", ItemKind.DOCUMENT),
            new MandatoryItem("8.1", "Evidence that processes are carried out as planned", ItemKind.RECORD),
            new MandatoryItem("8.2", "Results of the information security risk assessments", ItemKind.RECORD),
            new MandatoryItem("8.3", "Results of the information security risk treatment", ItemKind.RECORD),
            new MandatoryItem("9.1", "Evidence of the monitoring and measurement results", ItemKind.RECORD),
            new MandatoryItem("9.2.2", "Evidence of the audit programme and the audit results", ItemKind.RECORD),
            new MandatoryItem("9.3.3", "Evidence of the results of management reviews", ItemKind.RECORD),
            new MandatoryItem("10.2", "Evidence of nonconformities, actions taken and their results", ItemKind.RECORD));

    MandatoryItem {
        Objects.requireNonNull(clause, "clause must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
    }

    /** Clauses whose staleness blocks Stage 2: no internal audit or management review within the last 12 months. */
    boolean cycleEvidence() {
        return clause.equals("9.2.2") || clause.equals("9.3.3");
    }
}
