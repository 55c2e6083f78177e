package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.Framework;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.RemediationDate;
import io.auditpack.domain.RemediationItem;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.ScheduledItem;
import io.auditpack.verdict.Tracking;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The top remediation items of the plan, in priority order (a management review calls them its opportunities for
 * improvement); the rest are counted and pointed to.
 */
final class RemediationSection implements Section {
    static final int TOP_ITEMS = 10;

    @Override
    public void add(Blocks blocks, PackContext context) {
        List<RemediationItem> items = context.result().remediation();
        blocks.section(
                context.result().job().packageType() == PackageType.MANAGEMENT_REVIEW
                        ? "Opportunities for improvement"
                        : "Top remediation items");
        if (items.isEmpty()) {
            blocks.paragraph("No gaps: nothing to remediate.");
            return;
        }
        blocks.paragraph("%d gaps grouped into %d work items; an item that closes gaps in both frameworks ranks first."
                .formatted(context.result().gaps().size(), items.size()));
        Tracking tracking = context.report().tracking();
        if (tracking.scheduled()) {
            long overdue = tracking.remediation().stream()
                    .filter(ScheduledItem::overdue)
                    .count();
            blocks.paragraph(("%d of the %d items have a target date in remediation.csv; %d overdue (target date "
                            + "before %s and not closed)%s.")
                    .formatted(
                            tracking.remediation().stream()
                                    .filter(s -> s.date()
                                            .map(d -> d.targetDate() != null)
                                            .orElse(false))
                                    .count(),
                            items.size(),
                            overdue,
                            context.result().asOf(),
                            overdue == 0
                                    ? ""
                                    : ": "
                                            + tracking.remediation().stream()
                                                    .filter(ScheduledItem::overdue)
                                                    .map(s -> s.item().id() + " (due "
                                                            + s.date().get().targetDate() + ")")
                                                    .limit(TOP_ITEMS)
                                                    .collect(Collectors.joining(", "))));
        }
        Map<String, ScheduledItem> dates = new HashMap<>();
        tracking.remediation().forEach(s -> dates.put(s.item().id(), s));
        PdfPTable table = tracking.scheduled()
                ? blocks.table(
                        List.of("Priority", "Item", "Owner", "Frameworks", "Closes", "Action", "Target"),
                        1f,
                        1.8f,
                        1.9f,
                        1.4f,
                        2.2f,
                        3.9f,
                        1.7f)
                : blocks.table(
                        List.of("Priority", "Item", "Owner", "Frameworks", "Closes", "Action"),
                        1f,
                        1.8f,
                        1.9f,
                        1.4f,
                        2.2f,
                        3.9f);
        for (RemediationItem item : items.stream().limit(TOP_ITEMS).toList()) {
            blocks.number(table, item.priority());
            blocks.cell(table, item.id());
            blocks.cell(table, item.owner().isEmpty() ? "(no owner)" : item.owner());
            blocks.cell(
                    table,
                    Arrays.stream(Framework.values())
                            .filter(item.frameworks()::contains)
                            .map(Framework::label)
                            .collect(Collectors.joining(", ")));
            blocks.cell(table, String.join(", ", item.closes()));
            blocks.cell(table, item.action());
            if (tracking.scheduled()) {
                target(blocks, table, dates.get(item.id()));
            }
        }
        blocks.add(table);
        if (items.size() > TOP_ITEMS) {
            blocks.paragraph(
                    "%d more items in gaps.csv and the workbook's Gaps sheet.".formatted(items.size() - TOP_ITEMS));
        }
    }

    /** The item's target date and status; shaded red when overdue. */
    private static void target(Blocks blocks, PdfPTable table, @Nullable ScheduledItem scheduled) {
        if (scheduled == null || scheduled.date().isEmpty()) {
            blocks.cell(table, "");
            return;
        }
        RemediationDate date = scheduled.date().get();
        String text = (date.targetDate() == null ? "no date" : date.targetDate().toString()) + " " + date.status();
        if (scheduled.overdue()) {
            blocks.status(table, "overdue");
        } else {
            blocks.cell(table, text.replace('_', ' '));
        }
    }
}
