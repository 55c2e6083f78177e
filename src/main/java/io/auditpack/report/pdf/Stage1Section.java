package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.ChecklistItem;
import io.auditpack.verdict.ItemStatus;
import io.auditpack.verdict.ReadinessReason;
import io.auditpack.verdict.Stage1Checklist;
import java.util.List;

/**
 * ISO 27001 Stage 1 readiness: the verdict for Stage 2 with its reasons, then the mandatory documented-information
 * checklist (each item present, stale or missing from the evidence mapped to its clause).
 */
final class Stage1Section implements Section {
    static final int EVIDENCE_SHOWN = 4;

    @Override
    public void add(Blocks blocks, PackContext context) {
        Stage1Checklist checklist = context.report().stage1().orElseThrow();
        blocks.newPage();
        blocks.section("Stage 1 readiness");
        blocks.subsection(
                "Readiness verdict for Stage 2: " + checklist.verdict().word().replace('_', ' '));
        blocks.paragraph("%d of %d mandatory items present, %d stale, %d missing, as of %s."
                .formatted(
                        checklist.count(ItemStatus.PRESENT),
                        checklist.items().size(),
                        checklist.count(ItemStatus.STALE),
                        checklist.count(ItemStatus.MISSING),
                        checklist.asOf()));
        for (ReadinessReason reason : checklist.reasons()) {
            blocks.bullet((reason.blocking() ? "Blocking" : "Observation")
                    + (reason.reference().isEmpty() ? "" : " (" + reason.reference() + ")") + ": " + reason.text());
        }
        blocks.subsection("Mandatory documented information");
        PdfPTable table = blocks.table(
                List.of("Clause", "Documented information", "Kind", "Status", "Evidence", "Latest"),
                0.8f,
                4.2f,
                1f,
                1f,
                2.4f,
                1.2f);
        for (ChecklistItem item : checklist.items()) {
            blocks.cell(table, item.clause());
            blocks.cell(table, item.expected() + (item.note().isEmpty() ? "" : " (" + item.note() + ")"));
            blocks.cell(table, item.kind().word());
            blocks.status(table, item.status().word());
            blocks.cell(table, evidence(item.evidence()));
            blocks.cell(table, item.latest() == null ? "" : item.latest().toString());
        }
        blocks.add(table);
    }

    /** {@code EV-1, EV-2, EV-3, EV-4 and 6 more}. */
    static String evidence(List<String> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        String shown = String.join(", ", ids.subList(0, Math.min(EVIDENCE_SHOWN, ids.size())));
        return ids.size() > EVIDENCE_SHOWN ? shown + " and " + (ids.size() - EVIDENCE_SHOWN) + " more" : shown;
    }
}
