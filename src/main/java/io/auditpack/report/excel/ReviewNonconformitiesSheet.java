package io.auditpack.report.excel;

import io.auditpack.verdict.ManagementReview;
import io.auditpack.verdict.Nonconformity;
import java.util.List;

/**
 * Sheet {@code Review Nonconformities}: every current gap graded {@code major} or {@code minor}, whether it is new
 * since the last review, and the priority of the remediation item that closes it.
 */
final class ReviewNonconformitiesSheet {
    static final List<String> HEADER = List.of(
            "Grade", "New since last review", "Gap type", "Framework", "Requirement", "Control", "Owner", "Priority");
    private static final List<Integer> WIDTHS = List.of(8, 12, 28, 11, 14, 14, 24, 9);

    private ReviewNonconformitiesSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, ManagementReview review) {
        TableSheet sheet = new TableSheet(workbook, styles, "Review Nonconformities", HEADER, WIDTHS);
        for (Nonconformity n : review.nonconformities()) {
            sheet.row()
                    .text(n.grade())
                    .text(n.sinceLastReview() ? "yes" : "no")
                    .status(n.gap().type().word())
                    .text(n.gap().framework().label())
                    .text(n.gap().requirement())
                    .text(n.gap().control())
                    .text(n.gap().owner())
                    .number(n.gap().priority());
        }
        sheet.finish();
    }
}
