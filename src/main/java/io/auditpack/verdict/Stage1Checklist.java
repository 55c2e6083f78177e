package io.auditpack.verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The Stage 1 checklist at an as-of date: the fourteen mandatory documented-information items in clause order,
 * the readiness verdict for Stage 2 and its reasons (blocking ones first, each group in clause order).
 */
public record Stage1Checklist(
        LocalDate asOf, List<ChecklistItem> items, Readiness verdict, List<ReadinessReason> reasons) {

    public Stage1Checklist {
        Objects.requireNonNull(asOf, "asOf must not be null");
        items = List.copyOf(items);
        Objects.requireNonNull(verdict, "verdict must not be null");
        reasons = List.copyOf(reasons);
    }

    /** How many items have a given status. */
    public long count(ItemStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }
}
