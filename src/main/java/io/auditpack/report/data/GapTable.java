package io.auditpack.report.data;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Gap;
import io.auditpack.domain.RemediationItem;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The remediation plan as a table: one row per gap, in priority order (gaps of one item keep their result order),
 * each with the work item that closes it and that item's action.
 */
public final class GapTable {
    public static final List<String> HEADER =
            List.of("priority", "item", "type", "framework", "requirement", "control", "owner", "action");

    private GapTable() {}

    public static Table of(AuditResult result) {
        Map<Integer, RemediationItem> items = new TreeMap<>();
        for (RemediationItem item : result.remediation()) {
            items.put(item.priority(), item);
        }
        List<List<String>> rows = result.gaps().stream()
                .sorted(Comparator.comparingInt(Gap::priority))
                .map(gap -> row(gap, Objects.requireNonNull(items.get(gap.priority()))))
                .toList();
        return new Table(HEADER, rows);
    }

    private static List<String> row(Gap gap, RemediationItem item) {
        return List.of(
                Integer.toString(gap.priority()),
                item == null ? "" : item.id(),
                gap.type().word(),
                gap.framework().label(),
                gap.requirement(),
                gap.control(),
                gap.owner(),
                item == null ? "" : item.action());
    }
}
