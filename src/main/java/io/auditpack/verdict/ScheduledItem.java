package io.auditpack.verdict;

import io.auditpack.domain.RemediationDate;
import io.auditpack.domain.RemediationItem;
import java.util.Objects;
import java.util.Optional;

/**
 * One remediation-plan item with its row of remediation.csv when there is one, and whether it is overdue (target
 * date before as-of and not closed).
 */
public record ScheduledItem(RemediationItem item, Optional<RemediationDate> date, boolean overdue) {
    public ScheduledItem {
        Objects.requireNonNull(item, "item must not be null");
        Objects.requireNonNull(date, "date must not be null");
    }
}
