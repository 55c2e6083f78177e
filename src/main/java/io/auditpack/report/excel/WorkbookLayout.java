package io.auditpack.report.excel;

import io.auditpack.domain.Framework;
import io.auditpack.domain.PackageType;
import io.auditpack.report.PackContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Which sheets a package type's workbook holds, in order:
 * <pre>
 * Summary | Stage 1 checklist (iso27001-stage1) | Controls | SOC 2 (packages with SOC 2) | ISO 27001 (with ISO)
 * | SoA (with ISO) | Crosswalk | Evidence (+ Evidence (2) ...) | Sample, Populations, Test sheet (soc2-type2,
 * iso27001-stage2) | Gaps
 * | Findings | Requests | Changes
 * </pre>
 * Sheets that other parts of the project add (the management review's) go after Changes: append them to
 * {@link #sheets}.
 */
final class WorkbookLayout {
    private WorkbookLayout() {}

    /** Writes one sheet (or a series of sheets) of the workbook. */
    @FunctionalInterface
    interface SheetWriter {
        void write(StreamingWorkbook workbook, Styles styles, PackContext context);
    }

    /** A sheet by its (first) name and its writer. */
    record Sheet(String name, SheetWriter writer) {}

    static List<Sheet> sheets(PackageType type) {
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(new Sheet("Summary", SummarySheet::write));
        if (type == PackageType.ISO27001_STAGE1) {
            sheets.add(new Sheet(Stage1Sheet.NAME, Stage1Sheet::write));
        }
        sheets.add(new Sheet("Controls", ControlsSheet::write));
        for (Framework framework : Framework.values()) {
            if (type.covers(framework)) {
                sheets.add(new Sheet(
                        RequirementsSheet.name(framework),
                        (workbook, styles, context) -> RequirementsSheet.write(workbook, styles, context, framework)));
            }
        }
        if (type.covers(Framework.ISO27001)) {
            sheets.add(new Sheet(SoaSheet.NAME, SoaSheet::write));
        }
        sheets.add(new Sheet("Crosswalk", CrosswalkSheet::write));
        sheets.add(new Sheet(EvidenceSheet.NAME, EvidenceSheet::write));
        if (samples(type)) {
            sheets.add(new Sheet(SampleSheet.NAME, SampleSheet::write));
            sheets.add(new Sheet(PopulationsSheet.NAME, PopulationsSheet::write));
            sheets.add(new Sheet(TestSheetSheet.NAME, TestSheetSheet::write));
        }
        sheets.add(new Sheet("Gaps", CrosswalkWorkbookWriter::gaps));
        sheets.add(new Sheet("Findings", CrosswalkWorkbookWriter::findings));
        sheets.add(new Sheet(RequestsSheet.NAME, RequestsSheet::write));
        sheets.add(new Sheet(ChangesSheet.NAME, ChangesSheet::write));
        if (type == PackageType.MANAGEMENT_REVIEW) {
            sheets.add(new Sheet("Review Actions", ReviewSheets::write));
        }
        return List.copyOf(sheets);
    }

    /** Whether a package type's workbook has the auditor's sample: the period packages audited by sampling. */
    static boolean samples(PackageType type) {
        return type == PackageType.SOC2_TYPE2 || type == PackageType.ISO27001_STAGE2;
    }
}
