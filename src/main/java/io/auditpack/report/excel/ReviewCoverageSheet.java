package io.auditpack.report.excel;

import io.auditpack.verdict.CoveragePoint;
import io.auditpack.verdict.ManagementReview;
import java.util.List;

/**
 * Sheet {@code Review Coverage}: coverage over time, one row per job, version and framework (the review itself
 * last): requirements in scope, design coverage and effective operation in percent (blank for packages that do not
 * judge operation), open gaps.
 */
final class ReviewCoverageSheet {
    static final List<String> HEADER =
            List.of("Job", "Version", "As of", "Framework", "In scope", "Design %", "Operating %", "Gaps");
    private static final List<Integer> WIDTHS = List.of(34, 10, 12, 11, 10, 10, 12, 8);

    private ReviewCoverageSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, ManagementReview review) {
        TableSheet sheet = new TableSheet(workbook, styles, "Review Coverage", HEADER, WIDTHS);
        for (CoveragePoint point : review.coverage()) {
            TableSheet.RowWriter row = sheet.row()
                    .text(point.job())
                    .text(ReviewSheets.version(point.version()))
                    .date(point.asOf())
                    .text(point.framework().label())
                    .number(point.inScope());
            ReviewSheets.percent(row, point.designPercent());
            ReviewSheets.percent(row, point.operatingPercent()).number(point.gaps());
        }
        sheet.finish();
    }
}
