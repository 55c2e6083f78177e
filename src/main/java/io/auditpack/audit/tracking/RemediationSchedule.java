package io.auditpack.audit.tracking;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.RemediationDate;
import io.auditpack.verdict.ScheduledItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Joins each remediation-plan item with its row of remediation.csv (by item ID) and flags it overdue when its target
 * date is before as-of and its status is not {@code closed}. Rows for items the plan does not hold (closed gaps, or
 * gaps of another package's frameworks) are not shown.
 */
public final class RemediationSchedule {
    private RemediationSchedule() {}

    public static List<ScheduledItem> of(AuditResult result, InputSet inputs) {
        Map<String, RemediationDate> dates = new HashMap<>();
        inputs.tracked().remediationDates().forEach(d -> dates.putIfAbsent(d.item(), d));
        return result.remediation().stream()
                .map(item -> {
                    Optional<RemediationDate> date = Optional.ofNullable(dates.get(item.id()));
                    return new ScheduledItem(
                            item, date, date.map(d -> d.overdue(result.asOf())).orElse(false));
                })
                .toList();
    }
}
