package io.auditpack.report.data;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Gap;
import io.auditpack.domain.RemediationDate;
import io.auditpack.domain.RemediationItem;
import io.auditpack.verdict.ScheduledItem;
import io.auditpack.verdict.Tracking;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The remediation plan as a table: one row per gap, in priority order (gaps of one item keep their result order),
 * each with the work item that closes it and that item's action, then the item's row of remediation.csv when there is
 * one (target date, status, {@code yes} when overdue, the person it is assigned to, the note).
 */
public final class GapTable {
    public static final List<String> HEADER = List.of(
            "priority",
            "item",
            "type",
            "framework",
            "requirement",
            "control",
            "owner",
            "action",
            "target_date",
            "item_status",
            "overdue",
            "assigned_to",
            "note");

    private GapTable() {}

    public static Table of(AuditResult result, Tracking tracking) {
        Map<Integer, RemediationItem> items = new TreeMap<>();
        for (RemediationItem item : result.remediation()) {
            items.put(item.priority(), item);
        }
        Map<String, ScheduledItem> dates = new HashMap<>();
        tracking.remediation().forEach(s -> dates.put(s.item().id(), s));
        List<List<String>> rows = result.gaps().stream()
                .sorted(Comparator.comparingInt(Gap::priority))
                .map(gap -> {
                    RemediationItem item = Objects.requireNonNull(items.get(gap.priority()));
                    return row(gap, item, dates.get(item.id()));
                })
                .toList();
        return new Table(HEADER, rows);
    }

    private static List<String> row(Gap gap, RemediationItem item, @Nullable ScheduledItem scheduled) {
        Optional<RemediationDate> date = scheduled == null ? Optional.empty() : scheduled.date();
        return List.of(
                Integer.toString(gap.priority()),
                item.id(),
                gap.type().word(),
                gap.framework().label(),
                gap.requirement(),
                gap.control(),
                gap.owner(),
                item.action(),
                date.map(RemediationDate::targetDate).map(Object::toString).orElse(""),
                date.map(RemediationDate::status).orElse(""),
                scheduled != null && scheduled.overdue() ? "yes" : "",
                date.map(RemediationDate::owner).orElse(""),
                date.map(RemediationDate::note).orElse(""));
    }
}
