package io.auditpack.report.excel;

import io.auditpack.catalog.Requirement;
import io.auditpack.domain.Control;
import io.auditpack.domain.Mapping;
import io.auditpack.domain.Relationship;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sheet {@code Crosswalk}: one row per mapping row of the library, in file order, readable from either side (filter
 * on Control or on Requirement). A parent clause's title lists the titles of the sub-clauses it stands for. The
 * crosswalk's own extra columns (a reviewer, a review date, a source) follow the control's operating status.
 */
final class CrosswalkSheet {
    static final List<String> HEADER = List.of(
            "Control",
            "Control title",
            "Framework",
            "Requirement",
            "Requirement title",
            "Relationship",
            "Coverage",
            "Rationale",
            "Control status");
    private static final List<Integer> WIDTHS = List.of(14, 36, 12, 12, 44, 16, 10, 50, 16);

    private CrosswalkSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        Map<String, Control> controls = new LinkedHashMap<>();
        context.inputs().controls().forEach(control -> controls.putIfAbsent(control.id(), control));
        Map<String, String> statuses = new LinkedHashMap<>();
        context.result()
                .controls()
                .forEach(c -> statuses.putIfAbsent(c.id(), c.status().word()));
        ExtraColumns extras = new ExtraColumns(context.inputs().mappingExtraColumns());
        TableSheet sheet = new TableSheet(workbook, styles, "Crosswalk", extras.header(HEADER), extras.widths(WIDTHS));
        for (Mapping mapping : context.inputs().mappings()) {
            Control control = controls.get(mapping.controlId());
            TableSheet.RowWriter row = sheet.row()
                    .text(mapping.controlId())
                    .text(control == null ? "" : control.title())
                    .text(mapping.framework().label())
                    .text(mapping.requirementId())
                    .text(context.catalog().resolve(mapping.framework(), mapping.requirementId()).stream()
                            .map(Requirement::title)
                            .collect(Collectors.joining("; ")))
                    .text(Optional.ofNullable(mapping.relationship())
                            .map(Relationship::word)
                            .orElse(""))
                    .text(Words.word(mapping.coverage()))
                    .text(mapping.rationale())
                    .status(statuses.getOrDefault(mapping.controlId(), ""));
            extras.write(row, mapping.extra());
        }
        sheet.finish();
    }
}
