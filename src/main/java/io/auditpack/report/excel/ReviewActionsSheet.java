package io.auditpack.report.excel;

import io.auditpack.domain.Gap;
import io.auditpack.verdict.GapActions;
import io.auditpack.verdict.ManagementReview;
import java.util.List;

/**
 * Sheet {@code Review Actions}: the status of actions since the last review, one row per gap of each job (the
 * review's own job last) with its status {@code opened}, {@code closed} or {@code open} between the job's version
 * at the last review and its latest version.
 */
final class ReviewActionsSheet {
    static final List<String> HEADER = List.of(
            "Job", "From version", "To version", "Status", "Gap type", "Framework", "Requirement", "Control", "Owner");
    private static final List<Integer> WIDTHS = List.of(34, 12, 12, 10, 28, 11, 14, 14, 24);

    private ReviewActionsSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, ManagementReview review) {
        TableSheet sheet = new TableSheet(workbook, styles, "Review Actions", HEADER, WIDTHS);
        for (GapActions job : review.actions()) {
            job.opened().forEach(g -> row(sheet, job, "opened", g));
            job.closed().forEach(g -> row(sheet, job, "closed", g));
            job.stillOpen().forEach(g -> row(sheet, job, "open", g));
        }
        sheet.finish();
    }

    private static void row(TableSheet sheet, GapActions job, String status, Gap gap) {
        sheet.row()
                .text(job.job())
                .text(ReviewSheets.version(job.fromVersion()))
                .text(ReviewSheets.version(job.toVersion()))
                .text(status)
                .status(gap.type().word())
                .text(gap.framework().label())
                .text(gap.requirement())
                .text(gap.control())
                .text(gap.owner());
    }
}
