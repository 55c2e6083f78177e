package io.auditpack.report.excel;

import io.auditpack.report.PackContext;
import io.auditpack.verdict.ChecklistItem;
import io.auditpack.verdict.ReadinessReason;
import io.auditpack.verdict.Stage1Checklist;
import java.util.List;

/**
 * Sheet {@code Stage 1 checklist} (iso27001-stage1): the mandatory documented information, one row per clause with
 * its status (present, stale, missing), then below the table the readiness verdict for Stage 2 and its reasons.
 */
final class Stage1Sheet {
    static final String NAME = "Stage 1 checklist";
    static final List<String> HEADER = List.of(
            "Clause",
            "Title",
            "Documented information",
            "Kind",
            "Status",
            "Latest evidence",
            "Evidence",
            "Controls",
            "Note");
    private static final List<Integer> WIDTHS = List.of(9, 36, 50, 10, 10, 14, 36, 24, 60);

    private Stage1Sheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        Stage1Checklist checklist = context.report().stage1().orElseThrow();
        TableSheet sheet = new TableSheet(workbook, styles, NAME, HEADER, WIDTHS);
        for (ChecklistItem item : checklist.items()) {
            sheet.row()
                    .text(item.clause())
                    .text(item.title())
                    .text(item.expected())
                    .text(item.kind().word())
                    .status(item.status().word())
                    .date(item.latest())
                    .text(String.join("; ", item.evidence()))
                    .text(String.join("; ", item.controls()))
                    .text(item.note());
        }
        sheet.finish();
        sheet.row();
        sheet.row().text("Readiness for Stage 2").status(checklist.verdict().word());
        for (ReadinessReason reason : checklist.reasons()) {
            sheet.row()
                    .text(reason.blocking() ? "blocking" : "observation")
                    .text(reason.reference())
                    .text(reason.text());
        }
    }
}
