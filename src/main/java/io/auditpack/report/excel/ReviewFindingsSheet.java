package io.auditpack.report.excel;

import io.auditpack.verdict.FindingTrend;
import io.auditpack.verdict.ManagementReview;
import java.util.List;

/** Sheet {@code Review Findings}: the validation findings per code, now and at the last review, and the change. */
final class ReviewFindingsSheet {
    static final List<String> HEADER = List.of("Code", "Severity", "Now", "At last review", "Change");
    private static final List<Integer> WIDTHS = List.of(40, 10, 8, 14, 8);

    private ReviewFindingsSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, ManagementReview review) {
        TableSheet sheet = new TableSheet(workbook, styles, "Review Findings", HEADER, WIDTHS);
        for (FindingTrend f : review.findings()) {
            sheet.row()
                    .text(f.code())
                    .text(f.severity())
                    .number(f.now())
                    .number(f.atLastReview())
                    .number(f.delta());
        }
        sheet.finish();
    }
}
