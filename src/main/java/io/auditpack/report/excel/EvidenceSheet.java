package io.auditpack.report.excel;

import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidencePath;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sheet {@code Evidence} (continued on {@code Evidence (2)} ... past a sheet's row limit): one row per evidence
 * item and control it names, in catalog order then the item's control order, so a filter on Control gives that
 * control's whole evidence. Each row says which slice(s) of the control the record covers, whether it is in the
 * period and counts, whether it is packed under that control, with a hyperlink to the file inside the pack
 * (relative to the workbook in {@code data/}) and the file's SHA-256. The catalog's file, approver and source
 * follow, then its extra columns.
 */
final class EvidenceSheet {
    static final String NAME = "Evidence";
    static final List<String> HEADER = List.of(
            "Evidence",
            "Control",
            "Title",
            "Type",
            "Performed on",
            "Covers from",
            "Covers to",
            "Collected on",
            "Slice",
            "In period",
            "Counted",
            "Packed",
            "File in pack",
            "SHA-256",
            "Source file",
            "Approved by",
            "Source");
    private static final List<Integer> WIDTHS =
            List.of(14, 12, 40, 14, 13, 13, 13, 13, 22, 10, 10, 10, 50, 66, 40, 24, 16);

    private EvidenceSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        write(workbook, styles, context, TableSheet.MAX_ROWS);
    }

    /**
     * Writes the sheet as a {@link TableSheet#deferred deferred} table: a catalog of millions of records makes most of
     * the workbook, and its rows are then streamed into the workbook as it is compressed.
     */
    static void write(StreamingWorkbook workbook, Styles styles, PackContext context, int maxRows) {
        ExtraColumns extras = new ExtraColumns(context.inputs().evidenceExtraColumns());
        Map<String, Control> controls = new HashMap<>();
        context.inputs().controls().forEach(c -> controls.putIfAbsent(c.id(), c));
        TableSheet.deferred(
                workbook,
                styles,
                NAME,
                extras.header(HEADER),
                extras.widths(WIDTHS),
                maxRows,
                sheet -> rows(sheet, context, controls, extras));
    }

    /** The rows, once per pass (each pass with its own slice labels: the passes run on two threads). */
    private static void rows(
            TableSheet sheet, PackContext context, Map<String, Control> controls, ExtraColumns extras) {
        EvidenceSlices slices = new EvidenceSlices(context.report()::slices);
        for (EvidenceUse use : context.result().evidence()) {
            EvidenceItem item = use.item();
            String sha256 = use.packedUnder().isEmpty() ? "" : context.report().sha256(item.id());
            for (String controlId : distinct(item.controlIds())) {
                boolean packed = use.packedUnder().contains(controlId);
                String path = packed ? EvidencePath.of(controlId, item) : "";
                TableSheet.RowWriter row = sheet.row()
                        .text(item.id())
                        .word(controlId)
                        .text(item.title())
                        .word(Words.word(item.type()))
                        .date(item.performedOn())
                        .date(item.coversFrom())
                        .date(item.coversTo())
                        .date(item.collectedOn())
                        .word(slices.label(item, controls.get(controlId)))
                        .word(yesNo(use.inPeriod()))
                        .word(yesNo(use.counted()))
                        .word(yesNo(packed))
                        .link(path, path)
                        .text(sha256)
                        .text(item.file())
                        .word(item.approvedBy())
                        .word(item.sourceSystem());
                extras.write(row, item.extra());
            }
        }
        sheet.finish();
    }

    /** The IDs once each, in order (lists are short; most name one control). */
    private static List<String> distinct(List<String> ids) {
        if (ids.size() == 1) {
            return ids;
        }
        List<String> once = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (!once.contains(id)) {
                once.add(id);
            }
        }
        return once;
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
