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
 * references (as written in mappings.csv, mapping order), then the library's extra columns in file order.
 */
final class ControlsSheet {
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
            "SOC 2 refs",
            "ISO 27001 refs");
    private static final List<Integer> WIDTHS = List.of(14, 40, 20, 12, 18, 36, 14, 16, 8, 8, 8, 30, 14, 14, 24, 24);

    private ControlsSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        ExtraColumns extras = new ExtraColumns(context.inputs().controlExtraColumns());
        TableSheet sheet = new TableSheet(workbook, styles, "Controls", extras.header(HEADER), extras.widths(WIDTHS));
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
                    .date(result.latestDocument())
                    .text(refs(mappings, control.id(), Framework.SOC2))
                    .text(refs(mappings, control.id(), Framework.ISO27001));
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
