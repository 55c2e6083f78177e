package io.auditpack.report.excel;

import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceFacts;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceItems;
import io.auditpack.domain.EvidenceOutline;
import io.auditpack.domain.EvidencePath;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.EvidenceUses;
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
     * the workbook, and its rows are then streamed into the workbook as it is compressed. The layout pass reads each
     * item's {@link EvidenceOutline outline}, not the item (no ID, title or file is made), except for the items packed
     * under a control, whose rows carry a link and a SHA-256.
     */
    static void write(StreamingWorkbook workbook, Styles styles, PackContext context, int maxRows) {
        write(workbook, styles, context, maxRows, true);
    }

    /** {@code outlines}: whether the layout pass reads outlines (false: the items, as the rows pass does). */
    static void write(StreamingWorkbook workbook, Styles styles, PackContext context, int maxRows, boolean outlines) {
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
                sheet -> {
                    if (outlines) {
                        layout(sheet, context, controls, extras);
                    } else {
                        rows(sheet, context, controls, extras);
                    }
                },
                sheet -> rows(sheet, context, controls, extras));
    }

    /** The rows, once per pass (each pass with its own slice labels: the passes run on two threads). */
    private static void rows(
            TableSheet sheet, PackContext context, Map<String, Control> controls, ExtraColumns extras) {
        EvidenceSlices slices = new EvidenceSlices(context.report()::slices);
        for (EvidenceUse use : context.result().evidence()) {
            rows(sheet, context, use, controls, extras, slices);
        }
        sheet.finish();
    }

    /** One item's rows. */
    private static void rows(
            TableSheet sheet,
            PackContext context,
            EvidenceUse use,
            Map<String, Control> controls,
            ExtraColumns extras,
            EvidenceSlices slices) {
        EvidenceItem item = use.item();
        String sha256 = use.packedUnder().isEmpty() ? "" : context.report().sha256(item.id());
        for (String controlId : distinct(item.controlIds())) {
            boolean packed = use.packedUnder().contains(controlId);
            String path = packed ? EvidencePath.of(controlId, item) : "";
            TableSheet.RowWriter row =
                    sheet.row().text(item.id()).word(controlId).text(item.title());
            facts(row, item, slices.label(item, controls.get(controlId)), use.inPeriod(), use.counted(), packed)
                    .link(path, path)
                    .text(sha256)
                    .text(item.file())
                    .word(item.approvedBy())
                    .word(item.sourceSystem());
            extras.write(row, item.extra());
        }
    }

    /**
     * The layout pass: the rows of {@link #rows}, made from each item's outline where its rows carry no link and no
     * SHA-256 (it is packed under no control), a text cell then given by its longest line.
     */
    private static void layout(
            TableSheet sheet, PackContext context, Map<String, Control> controls, ExtraColumns extras) {
        EvidenceSlices slices = new EvidenceSlices(context.report()::slices);
        EvidenceUses uses = context.result().evidence();
        EvidenceItems items = uses.items();
        for (int i = 0; i < uses.size(); i++) {
            if (!uses.packedUnder(i).isEmpty()) {
                rows(sheet, context, uses.get(i), controls, extras, slices);
                continue;
            }
            EvidenceOutline item = items.outline(i);
            for (String controlId : distinct(item.controlIds())) {
                TableSheet.RowWriter row =
                        sheet.row().laidOut(item.idLine()).word(controlId).laidOut(item.titleLine());
                String slice = slices.label(item, controls.get(controlId));
                facts(row, item, slice, uses.inPeriod(i), uses.counted(i), false)
                        .laidOut(0)
                        .laidOut(0)
                        .laidOut(item.fileLine())
                        .word(item.approvedBy())
                        .word(item.sourceSystem());
                extras.layOut(row, item.extraLines());
            }
        }
        sheet.finish();
    }

    /** The cells both passes make alike: type, the four dates, slice, in period, counted and packed. */
    private static TableSheet.RowWriter facts(
            TableSheet.RowWriter row,
            EvidenceFacts item,
            String slice,
            boolean inPeriod,
            boolean counted,
            boolean packed) {
        return row.word(Words.word(item.type()))
                .date(item.performedOn())
                .date(item.coversFrom())
                .date(item.coversTo())
                .date(item.collectedOn())
                .word(slice)
                .word(yesNo(inPeriod))
                .word(yesNo(counted))
                .word(yesNo(packed));
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
