package io.auditpack.report.excel;

import io.auditpack.report.PackContext;
import io.auditpack.verdict.Deadlines;
import io.auditpack.verdict.SliceDeadline;
import java.util.List;

/**
 * Sheet {@code Due soon}: the slices still owed a record at as-of, overdue first, then those whose deadline (last
 * day of the slice plus the collection lag) falls within the next {@value Deadlines#WINDOW} days, each by deadline,
 * control and slice. {@code Days left} is negative for an overdue slice. Header only when nothing is due (and
 * always for point-in-time packages, which judge no slices).
 */
final class DueSoonSheet {
    static final String NAME = "Due soon";
    static final List<String> HEADER = List.of(
            "Control",
            "Title",
            "Owner",
            "Frequency",
            "Slice",
            "Slice start",
            "Slice end",
            "Deadline",
            "Days left",
            "Status",
            "Expected evidence");
    private static final List<Integer> WIDTHS = List.of(12, 36, 24, 12, 22, 12, 12, 12, 10, 10, 48);

    private DueSoonSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        TableSheet sheet = new TableSheet(workbook, styles, NAME, HEADER, WIDTHS);
        for (SliceDeadline due : context.report().deadlines().dueSoon()) {
            sheet.row()
                    .word(due.control())
                    .text(due.title())
                    .word(due.owner())
                    .word(due.frequency().word())
                    .word(due.slice().label())
                    .date(due.slice().start())
                    .date(due.slice().end())
                    .date(due.deadline())
                    .number(due.daysLeft())
                    .status(due.overdue() ? "overdue" : "due")
                    .text(due.expectedEvidence());
        }
        sheet.finish();
    }
}
