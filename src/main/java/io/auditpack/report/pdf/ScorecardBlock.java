package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.verdict.ManagementReview;
import io.auditpack.verdict.OwnerScore;
import java.util.List;

/** The owners' scorecard: controls, how they operate, documents to renew, open gaps and evidence falling due. */
final class ScorecardBlock {
    /** Owners listed. */
    static final int OWNERS_SHOWN = 50;

    private ScorecardBlock() {}

    static void add(Blocks blocks, ManagementReview review) {
        blocks.subsection("Scorecard per owner");
        PdfPTable table = blocks.table(
                List.of(
                        "Owner",
                        "Controls",
                        "Effective",
                        "Inconsistent",
                        "No records",
                        "Docs to renew",
                        "Open gaps",
                        "Overdue",
                        "Due 30",
                        "Due 60",
                        "Due 90",
                        "Effective %"),
                3.2f,
                1.1f,
                1.1f,
                1.35f,
                1.1f,
                1.1f,
                1f,
                1.05f,
                0.9f,
                0.9f,
                0.9f,
                1.15f);
        Shortlist<OwnerScore> listed = Shortlist.of(review.scorecard(), OWNERS_SHOWN);
        for (OwnerScore score : listed.shown()) {
            blocks.cell(table, score.owner().isEmpty() ? "(no owner)" : score.owner());
            blocks.number(table, score.controls());
            blocks.number(table, score.effective());
            blocks.number(table, score.inconsistent());
            blocks.number(table, score.noRecords());
            blocks.number(table, score.documentsToRenew());
            blocks.number(table, score.openGaps());
            blocks.number(table, score.overdue());
            blocks.number(table, score.due30());
            blocks.number(table, score.due60());
            blocks.number(table, score.due90());
            blocks.number(
                    table,
                    score.effectivePercent() == null
                            ? "n/a"
                            : score.effectivePercent().toPlainString());
        }
        blocks.add(table);
        listed.tell(blocks, "owners", "the workbook's Review Scorecard sheet");
    }
}
