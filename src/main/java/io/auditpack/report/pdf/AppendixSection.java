package io.auditpack.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;

import java.util.List;

/** The appendix: every control of the library with its owner, frequency and the audit's conclusions. */
final class AppendixSection {
    private AppendixSection() {
    }

    static void add(Document document, AuditResult result) {
        document.newPage();
        document.add(Blocks.heading("Appendix: controls"));
        PdfPTable table = Blocks.table(List.of("Control", "Title", "Owner", "Frequency", "Operating", "Due",
                "Covered", "Pending", "Documentation"), 1.3f, 3.6f, 1.8f, 1.3f, 1.4f, 0.7f, 0.9f, 0.9f, 1.5f);
        for (ControlResult control : result.controls()) {
            Blocks.cell(table, control.id());
            Blocks.cell(table, control.control().title());
            Blocks.cell(table, control.control().owner());
            Blocks.cell(table, control.control().frequency().word());
            Blocks.status(table, control.status().word());
            Blocks.number(table, control.due());
            Blocks.number(table, control.covered());
            Blocks.number(table, control.pending());
            Blocks.status(table, control.documentation().word());
        }
        document.add(table);
    }
}
