package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.Deadlines;
import io.auditpack.verdict.SliceDeadline;
import java.util.List;

/**
 * "Due soon" (period packages only): the slices still owed a record at as-of, overdue first, then those whose
 * deadline falls within the next {@value Deadlines#WINDOW} days, by deadline; the first {@value #SHOWN} rows, the
 * workbook's Due soon sheet holding them all and data/calendar.ics every upcoming deadline of the period.
 */
final class DueSoonSection implements Section {
    static final int SHOWN = 40;

    @Override
    public void add(Blocks blocks, PackContext context) {
        if (context.result().job().period() == null) {
            return;
        }
        Deadlines deadlines = context.report().deadlines();
        List<SliceDeadline> soon = deadlines.dueSoon();
        blocks.section("Due soon");
        blocks.paragraph(("Slices of the scheduled controls still owed a record as of %s: overdue when the deadline "
                        + "(the slice's last day plus the %d-day collection lag) has passed, due when it falls within "
                        + "the next %d days. %d overdue, %d due. Event-driven controls have no calendar deadlines; "
                        + "data/calendar.ics holds every upcoming deadline of the period.")
                .formatted(
                        deadlines.reference(),
                        context.result().job().collectionLag(),
                        deadlines.window(),
                        deadlines.overdue().size(),
                        soon.size() - deadlines.overdue().size()));
        if (soon.isEmpty()) {
            blocks.paragraph("Nothing is overdue or due within %d days.".formatted(deadlines.window()));
            return;
        }
        PdfPTable table = blocks.table(
                List.of("Control", "Owner", "Frequency", "Slice", "Deadline", "Status", "Days"),
                1.2f,
                2.6f,
                1.3f,
                2.2f,
                1.4f,
                1.2f,
                1.6f);
        for (SliceDeadline due : soon.stream().limit(SHOWN).toList()) {
            blocks.cell(table, due.control());
            blocks.cell(table, due.owner().isBlank() ? "(no owner)" : due.owner());
            blocks.cell(table, due.frequency().word());
            blocks.cell(table, due.slice().label());
            blocks.cell(table, due.deadline().toString());
            blocks.status(table, due.overdue() ? "overdue" : "due");
            blocks.cell(table, due.countdown());
        }
        blocks.add(table);
        if (soon.size() > SHOWN) {
            blocks.paragraph("And %d more: see the workbook's Due soon sheet.".formatted(soon.size() - SHOWN));
        }
    }
}
