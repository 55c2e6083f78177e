package io.auditpack.report.excel;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidencePath;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.util.List;

/**
 * Sheet {@code Evidence}: the evidence catalog in result order with how the audit used each item, and the path of
 * its packed file(s) as a hyperlink relative to the workbook (which sits in {@code data/}, beside
 * {@code evidence/}). An item packed under several controls links to the first and names all. The catalog's own
 * file, approver and source follow, then its extra columns.
 */
final class EvidenceSheet {
    static final List<String> HEADER = List.of("Evidence", "Title", "Type", "Controls", "Performed on",
            "Covers from", "Covers to", "Collected on", "In period", "Counted", "Packed as", "File", "Approved by", "Source");
    private static final List<Integer> WIDTHS = List.of(14, 40, 14, 18, 13, 13, 13, 13, 10, 10, 60, 40, 24, 16);

    private EvidenceSheet() {
    }

    static void write(SXSSFWorkbook workbook, Styles styles, PackContext context) {
        ExtraColumns extras = new ExtraColumns(context.inputs().evidenceExtraColumns());
        TableSheet sheet = new TableSheet(workbook, styles, "Evidence", extras.header(HEADER), extras.widths(WIDTHS));
        for (EvidenceUse use : context.result().evidence()) {
            EvidenceItem item = use.item();
            List<String> paths = use.packedUnder().stream().map(control -> EvidencePath.of(control, item)).toList();
            TableSheet.RowWriter row = sheet.row()
                    .text(item.id()).text(item.title()).text(Words.word(item.type()))
                    .text(String.join(";", item.controlIds()))
                    .date(item.performedOn()).date(item.coversFrom()).date(item.coversTo()).date(item.collectedOn())
                    .text(yesNo(use.inPeriod())).text(yesNo(use.counted()))
                    .link(String.join("; ", paths), paths.isEmpty() ? "" : paths.get(0))
                    .text(item.file()).text(item.approvedBy()).text(item.sourceSystem());
            extras.write(row, item.extra());
        }
        sheet.finish();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
