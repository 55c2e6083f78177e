package io.auditpack.report.excel;

import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.Framework;
import io.auditpack.domain.Mapping;
import io.auditpack.domain.Slice;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sheet {@code Controls}: the control inventory with the audit's conclusions per control, its SOC 2 and ISO 27001
 * references (as written in mappings.csv, mapping order; the SOC 2 column only in packages that cover SOC 2), then
 * the library's extra columns in file order.
 */
final class ControlsSheet {
    /** Left out of ISO-only packs, which speak ISO. */
    static final String SOC2_REFS = "SOC 2 refs";

    static final List<String> HEADER = List.of(
            "Control",
            "Title",
            "Owner",
            "Frequency",
            "Scope",
            "Expected evidence",
            "Library status",
            "Operating status",
            "Due",
            "Covered",
            "Pending",
            "Missing slices",
            "Documentation",
            "Latest document",
            SOC2_REFS,
            "ISO 27001 refs");
    private static final List<Integer> WIDTHS = List.of(14, 40, 20, 12, 18, 36, 14, 16, 8, 8, 8, 30, 14, 14, 24, 24);

    private ControlsSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        ExtraColumns extras = new ExtraColumns(context.inputs().controlExtraColumns());
        boolean soc2 = context.result().job().packageType().covers(Framework.SOC2);
        List<String> header = soc2
                ? HEADER
                : HEADER.stream().filter(h -> !h.equals(SOC2_REFS)).toList();
        List<Integer> widths = soc2 ? WIDTHS : WIDTHS.subList(0, WIDTHS.size() - 1);
        TableSheet sheet = new TableSheet(workbook, styles, "Controls", extras.header(header), extras.widths(widths));
        List<Mapping> mappings = context.inputs().mappings();
        for (ControlResult result : context.result().controls()) {
            Control control = result.control();
            TableSheet.RowWriter row = sheet.row()
                    .text(control.id())
                    .text(control.title())
                    .text(control.owner())
                    .text(control.frequency().word())
                    .text(String.join(";", control.scope()))
                    .text(control.expectedEvidence())
                    .text(Words.word(control.status()))
                    .status(result.status().word())
                    .number(result.due())
                    .number(result.covered())
                    .number(result.pending())
                    .text(result.missingSlices().stream().map(Slice::label).collect(Collectors.joining("; ")))
                    .status(result.documentation().word())
                    .date(result.latestDocument());
            if (soc2) {
                row.text(refs(mappings, control.id(), Framework.SOC2));
            }
            row.text(refs(mappings, control.id(), Framework.ISO27001));
            extras.write(row, control.extra());
        }
        sheet.finish();
    }

    private static String refs(List<Mapping> mappings, String controlId, Framework framework) {
        return mappings.stream()
                .filter(m -> m.controlId().equals(controlId) && m.framework() == framework)
                .map(Mapping::requirementId)
                .distinct()
                .collect(Collectors.joining("; "));
    }
}
