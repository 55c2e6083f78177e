package io.auditpack.report.excel;

import io.auditpack.report.PackContext;
import io.auditpack.verdict.SoaControl;
import io.auditpack.verdict.SoaRow;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sheet {@code SoA} (ISO 27001 packages): the Statement of Applicability, all 93 Annex A controls in catalog order,
 * applicable or not, the justification, the implementation status, and every library control mapped to each with
 * its operating status (packages without a period, which judge no operation: its library status, and no
 * Operating value). The last column, Flag, marks an included control without a justification for inclusion.
 */
final class SoaSheet {
    static final String NAME = "SoA";
    static final List<String> HEADER = List.of(
            "Annex A control",
            "Title",
            "Theme",
            "Applicable",
            "Justification",
            "Implementation",
            "Controls",
            "Design",
            "Operating",
            "Flag");
    private static final List<Integer> WIDTHS = List.of(12, 44, 16, 11, 60, 22, 40, 16, 16, 30);

    private SoaSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        TableSheet sheet = new TableSheet(workbook, styles, NAME, HEADER, WIDTHS);
        boolean judges = context.result().job().judgesOperation();
        for (SoaRow row : context.report().soa()) {
            sheet.row()
                    .text(row.id())
                    .text(row.title())
                    .text(row.theme())
                    .text(EvidenceSheet.yesNo(row.applicable()))
                    .text(row.justification())
                    .status(row.implementation().word())
                    .text(row.controls().stream()
                            .map(judges ? SoaControl::label : SoaControl::libraryLabel)
                            .collect(Collectors.joining("; ")))
                    .status(row.design().word())
                    .status(judges ? row.operating().word() : "")
                    .text(row.unjustified() ? SoaRow.UNJUSTIFIED : "");
        }
        sheet.finish();
    }
}
