package io.auditpack.input;

import io.auditpack.catalog.Catalog;
import io.auditpack.catalog.FrameworkNames;
import io.auditpack.domain.Framework;
import io.auditpack.domain.RemediationDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps the rows of remediation.csv to {@link RemediationDate} records. An item is a remediation-plan item ID: a
 * control ID, or {@code SOC2:CC6.4} / {@code ISO27001:A.5.1} for a requirement without a control. A malformed row is
 * an error; an item that names no control and no known requirement is a warning ({@code remediation.unknown_item}).
 */
final class RemediationRows {
    static final List<String> REQUIRED = List.of("item");
    static final List<String> STATUSES = List.of("open", "in_progress", "closed");

    private RemediationRows() {}

    static List<RemediationDate> map(Table table, KnownControls controls, Catalog catalog, FindingLog log) {
        if (!table.requireColumns(REQUIRED, log)) {
            return List.of();
        }
        List<RemediationDate> dates = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (Row row : table.rows()) {
            Cells cells = new Cells(table, row, log);
            String item = cells.required("item");
            var target = cells.date("target_date");
            String status = cells.word(
                    "status",
                    STATUSES,
                    w -> Optional.of(w.toLowerCase(Locale.ROOT)).filter(STATUSES::contains));
            if (cells.failed() || item == null) {
                continue;
            }
            Long earlier = seen.putIfAbsent(item, row.line());
            if (earlier != null) {
                cells.error(
                        "input.duplicate_id",
                        "item",
                        item,
                        "item " + item + " already has a row on line " + earlier + "; give one row per item");
                continue;
            }
            item = canonical(item, controls);
            if (!known(item, controls, catalog)) {
                cells.warning(
                        "remediation.unknown_item",
                        "item",
                        item,
                        "no remediation-plan item can have this ID; accepted: a control_id of the control library, "
                                + "or FRAMEWORK:REQUIREMENT (e.g. SOC2:CC6.4) for a requirement without a control"
                                + Suggestions.didYouMean(item, controls.ids()));
            }
            dates.add(new RemediationDate(
                    item,
                    cells.text("owner"),
                    target,
                    Objects.requireNonNullElse(status, "open"),
                    cells.text("note"),
                    cells.at()));
        }
        return dates;
    }

    /** {@code SOC 2:CC6.4} written as the plan writes it ({@code SOC2:CC6.4}); a control ID as written. */
    private static String canonical(String item, KnownControls controls) {
        int colon = item.indexOf(':');
        if (colon < 0 || controls.ids().contains(item)) {
            return item;
        }
        return FrameworkNames.parse(item.substring(0, colon).trim())
                .map(f -> f.label() + ":" + item.substring(colon + 1).trim())
                .orElse(item);
    }

    private static boolean known(String item, KnownControls controls, Catalog catalog) {
        if (!controls.checked() || controls.ids().contains(item)) {
            return true;
        }
        int colon = item.indexOf(':');
        if (colon < 0) {
            return false;
        }
        Optional<Framework> framework = FrameworkNames.parse(item.substring(0, colon));
        return framework.isPresent() && catalog.isKnown(framework.get(), item.substring(colon + 1));
    }
}
