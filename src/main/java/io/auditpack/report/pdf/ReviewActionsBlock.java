package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.verdict.GapActions;
import io.auditpack.verdict.ManagementReview;
import java.util.List;

/** Clause 9.3 a): the status of actions from previous reviews, as gaps opened, closed and still open per job. */
final class ReviewActionsBlock {
    static final int GAPS_SHOWN = 8;

    private ReviewActionsBlock() {}

    static void add(Blocks blocks, ManagementReview review) {
        blocks.subsection("Status of actions since the last review");
        PdfPTable table =
                blocks.table(List.of("Job", "From", "To", "Opened", "Closed", "Still open"), 4f, 1f, 1f, 1f, 1f, 1f);
        for (GapActions actions : review.actions()) {
            blocks.cell(table, actions.job());
            blocks.cell(table, actions.fromVersion() == 0 ? "none" : "v%04d".formatted(actions.fromVersion()));
            blocks.cell(table, "v%04d".formatted(actions.toVersion()));
            blocks.number(table, actions.opened().size());
            blocks.number(table, actions.closed().size());
            blocks.number(table, actions.stillOpen().size());
        }
        blocks.add(table);
        for (GapActions actions : review.actions()) {
            actions.closed().stream()
                    .limit(GAPS_SHOWN)
                    .forEach(gap -> blocks.bullet("Closed in " + actions.job() + ": " + GapWords.describe(gap)));
        }
    }
}
