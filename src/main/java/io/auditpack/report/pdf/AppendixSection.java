package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;
import io.auditpack.report.PackContext;
import java.util.List;

/** The appendix: every control of the library with its owner, frequency and the audit's conclusions. */
final class AppendixSection implements Section {
    /** Controls listed; a larger library is counted and pointed to. */
    static final int CONTROLS_SHOWN = 1000;

    @Override
    public void add(Blocks blocks, PackContext context) {
        AuditResult result = context.result();
        blocks.newPage();
        blocks.section("Appendix: controls");
        blocks.paragraph(("%d controls in the library. Due, covered and pending count slices of the period "
                        + "(occurrences for event-driven controls).")
                .formatted(result.controls().size()));
        PdfPTable table = blocks.table(
                List.of(
                        "Control",
                        "Title",
                        "Owner",
                        "Frequency",
                        "Operating",
                        "Due",
                        "Covered",
                        "Pending",
                        "Documentation"),
                1.1f,
                2.9f,
                2.6f,
                1.2f,
                1.4f,
                0.7f,
                1.05f,
                1.05f,
                1.7f);
        Shortlist<ControlResult> listed = Shortlist.of(result.controls(), CONTROLS_SHOWN);
        for (ControlResult control : listed.shown()) {
            blocks.cell(table, control.id());
            blocks.cell(table, control.control().title());
            blocks.cell(table, control.control().owner());
            blocks.cell(table, control.control().frequency().word());
            blocks.status(table, control.status().word());
            blocks.number(table, control.due());
            blocks.number(table, control.covered());
            blocks.number(table, control.pending());
            blocks.status(table, control.documentation().word());
        }
        blocks.add(table);
        listed.tell(blocks, "controls", "the workbook's Controls sheet");
    }
}
