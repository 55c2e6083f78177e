package io.auditpack.report.excel;

import io.auditpack.verdict.ManagementReview;
import io.auditpack.verdict.OwnerScore;
import java.util.List;

/** Sheet {@code Review Scorecard}: one row per control owner (unowned controls last, owner blank). */
final class ReviewScorecardSheet {
    static final List<String> HEADER = List.of(
            "Owner",
            "Controls",
            "Effective",
            "Inconsistent",
            "No records",
            "Not yet due",
            "Not implemented",
            "Documents to renew",
            "Open gaps",
            "Remediation items",
            "Overdue",
            "Due in 30 days",
            "Due in 60 days",
            "Due in 90 days",
            "Effective %");
    private static final List<Integer> WIDTHS = List.of(28, 10, 10, 12, 11, 12, 15, 18, 10, 17, 9, 14, 14, 14, 12);

    private ReviewScorecardSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, ManagementReview review) {
        TableSheet sheet = new TableSheet(workbook, styles, "Review Scorecard", HEADER, WIDTHS);
        for (OwnerScore s : review.scorecard()) {
            TableSheet.RowWriter row = sheet.row()
                    .text(s.owner())
                    .number(s.controls())
                    .number(s.effective())
                    .number(s.inconsistent())
                    .number(s.noRecords())
                    .number(s.notYetDue())
                    .number(s.notImplemented())
                    .number(s.documentsToRenew())
                    .number(s.openGaps())
                    .number(s.remediationItems())
                    .number(s.overdue())
                    .number(s.due30())
                    .number(s.due60())
                    .number(s.due90());
            ReviewSheets.percent(row, s.effectivePercent());
        }
        sheet.finish();
    }
}
