package io.auditpack.report.excel;

import io.auditpack.verdict.EvidenceDue;
import io.auditpack.verdict.ManagementReview;
import java.util.List;

/**
 * Sheet {@code Review Due}: when each implemented, scheduled control's next record falls due, in control order:
 * its last record, the next due date and the window ({@code overdue}, {@code 30}, {@code 60}, {@code 90} days or
 * {@code later}).
 */
final class ReviewDueSheet {
    static final List<String> HEADER =
            List.of("Control", "Title", "Owner", "Frequency", "Last record", "Next due", "Window");
    private static final List<Integer> WIDTHS = List.of(14, 40, 24, 12, 12, 12, 9);

    private ReviewDueSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, ManagementReview review) {
        TableSheet sheet = new TableSheet(workbook, styles, "Review Due", HEADER, WIDTHS);
        for (EvidenceDue due : review.due()) {
            sheet.row()
                    .text(due.control())
                    .text(due.title())
                    .text(due.owner())
                    .text(due.frequency().word())
                    .date(due.lastRecord())
                    .date(due.nextDue())
                    .text(due.window());
        }
        sheet.finish();
    }
}
