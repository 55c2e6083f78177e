package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.verdict.EvidenceDue;
import io.auditpack.verdict.ManagementReview;
import java.util.Comparator;
import java.util.List;

/**
 * Evidence falling due: the controls whose next record is overdue or due within 30, 60 or 90 days of the as-of
 * date, soonest first (the per-owner counts are in the scorecard).
 */
final class EvidenceDueBlock {
    /** Controls listed, soonest first. */
    static final int CONTROLS_SHOWN = 50;

    private EvidenceDueBlock() {}

    static void add(Blocks blocks, ManagementReview review) {
        blocks.subsection("Evidence falling due in the next 30, 60 and 90 days");
        List<EvidenceDue> soon = review.due().stream()
                .filter(d -> !d.window().equals(EvidenceDue.LATER))
                .sorted(Comparator.comparing(EvidenceDue::nextDue).thenComparing(EvidenceDue::control))
                .toList();
        blocks.paragraph("%d overdue, %d due within 30 days, %d within 31-60 days, %d within 61-90 days."
                .formatted(
                        count(review, EvidenceDue.OVERDUE),
                        count(review, "30"),
                        count(review, "60"),
                        count(review, "90")));
        if (soon.isEmpty()) {
            return;
        }
        PdfPTable table = blocks.table(
                List.of("Window", "Control", "Title", "Owner", "Frequency", "Last record", "Next due"),
                1f,
                1.1f,
                3f,
                2.6f,
                1.2f,
                1.3f,
                1.3f);
        Shortlist<EvidenceDue> listed = Shortlist.of(soon, CONTROLS_SHOWN);
        for (EvidenceDue due : listed.shown()) {
            blocks.status(table, due.window().equals(EvidenceDue.OVERDUE) ? "overdue" : due.window() + " days");
            blocks.cell(table, due.control());
            blocks.cell(table, due.title());
            blocks.cell(table, due.owner());
            blocks.cell(table, due.frequency().word());
            blocks.cell(
                    table, due.lastRecord() == null ? "none" : due.lastRecord().toString());
            blocks.cell(table, due.nextDue().toString());
        }
        blocks.add(table);
        listed.tell(blocks, "controls falling due", "the workbook's Review Due sheet");
    }

    private static long count(ManagementReview review, String window) {
        return review.due().stream().filter(d -> d.window().equals(window)).count();
    }
}
