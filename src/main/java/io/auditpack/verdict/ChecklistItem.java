package io.auditpack.verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of the Stage 1 mandatory documented-information checklist. {@code clause} is the ISO 27001:2022 clause
 * ID, {@code title} its catalog title, {@code expected} the documented information the clause asks for.
 * {@code controls} are the implemented controls mapped to the clause (a parent clause counts for its sub-clauses),
 * {@code evidence} the IDs of their counting evidence of the item's kind (input order), {@code latest} the newest
 * date among them (null when none), {@code note} an extra remark (empty when none).
 */
public record ChecklistItem(
        String clause,
        String title,
        String expected,
        ItemKind kind,
        ItemStatus status,
        List<String> controls,
        List<String> evidence,
        @Nullable LocalDate latest,
        String note) {

    public ChecklistItem {
        Objects.requireNonNull(clause, "clause must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(status, "status must not be null");
        controls = List.copyOf(controls);
        evidence = List.copyOf(evidence);
        note = Objects.requireNonNullElse(note, "");
        if (status == ItemStatus.MISSING ? latest != null && kind != ItemKind.BOTH : latest == null) {
            throw new IllegalArgumentException(
                    "clause " + clause + ": status " + status.word() + " does not agree with latest date " + latest);
        }
    }
}
