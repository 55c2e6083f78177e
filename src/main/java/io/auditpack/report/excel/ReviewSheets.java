package io.auditpack.report.excel;

import io.auditpack.domain.PackageType;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.ManagementReview;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The management-review sheets (management-review packages only), after {@code Changes}, from one
 * {@link ManagementReview}: {@code Review Actions}, {@code Review Coverage}, {@code Review Nonconformities},
 * {@code Review Findings}, {@code Review Due}, {@code Review Scorecard}, {@code Review Opportunities}.
 */
final class ReviewSheets {
    private ReviewSheets() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        if (context.result().job().packageType() != PackageType.MANAGEMENT_REVIEW) {
            return;
        }
        ManagementReview review = context.report().review().orElseThrow();
        ReviewActionsSheet.write(workbook, styles, review);
        ReviewCoverageSheet.write(workbook, styles, review);
        ReviewNonconformitiesSheet.write(workbook, styles, review);
        ReviewFindingsSheet.write(workbook, styles, review);
        ReviewDueSheet.write(workbook, styles, review);
        ReviewScorecardSheet.write(workbook, styles, review);
        ReviewOpportunitiesSheet.write(workbook, styles, review);
    }

    /** A percentage cell, blank when there is none. */
    static TableSheet.RowWriter percent(TableSheet.RowWriter row, @Nullable BigDecimal value) {
        return value == null ? row.text("") : row.decimal(value);
    }

    /** {@code v0003}, or blank for 0 (no version). */
    static String version(int version) {
        return version == 0 ? "" : "v%04d".formatted(version);
    }
}
