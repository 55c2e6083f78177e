package io.auditpack.report.excel;

import io.auditpack.domain.EvidenceTally;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.Headline;
import java.util.ArrayList;
import java.util.List;

/**
 * Sheet {@code Summary}: the headline counts per framework and SOC 2 category (a table with autofilter), then the
 * pack's identity below it (organization, system, package, job, period, as-of, version, previous SHA-256), the
 * evidence, gap and finding counts, and for the stage packages the Stage 2 readiness verdict or the sample seed.
 */
final class SummarySheet {
    private SummarySheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        JobDefinition job = context.result().job();
        boolean judges = job.judgesOperation();
        List<String> header = new ArrayList<>(List.of(
                "Framework",
                "Category",
                "Requirements in scope",
                "Covered",
                "Partial",
                "Missing control",
                "Not applicable",
                "Design coverage %"));
        if (judges) {
            header.addAll(List.of("Effective", "Inconsistent", "No records", "Not yet due"));
        }
        List<Integer> widths = new ArrayList<>(List.of(24, 22, 12, 12, 12, 12, 12, 12));
        if (judges) {
            widths.addAll(List.of(12, 12, 12, 12));
        }
        TableSheet sheet = new TableSheet(workbook, styles, "Summary", header, widths);
        for (Headline line : context.report().headlines()) {
            FrameworkSummary summary = line.summary();
            TableSheet.RowWriter row = sheet.row()
                    .text(line.framework().label())
                    .text(line.category() == null ? "" : Words.word(line.category()))
                    .number(summary.requirementsInScope())
                    .number(summary.covered())
                    .number(summary.partial())
                    .number(summary.missingControl())
                    .number(summary.notApplicable())
                    .decimal(line.designCoveragePercent());
            if (judges) {
                row.number(summary.effective())
                        .number(summary.inconsistent())
                        .number(summary.noRecords())
                        .number(summary.notYetDue());
            }
        }
        sheet.finish();
        sheet.row();
        sheet.row().text("Organization").text(job.organization());
        sheet.row().text("System").text(job.system());
        sheet.row().text("Package").text(job.packageType().word());
        sheet.row().text("Job").text(job.name());
        if (job.period() != null) {
            sheet.row().text("Period start").date(job.period().start());
            sheet.row().text("Period end").date(job.period().end());
            sheet.row().text("Collection lag (days)").number(job.collectionLag());
        }
        sheet.row().text("As of").date(context.result().asOf());
        sheet.row().text("Version").text(context.stamp().label());
        String previous = context.stamp().previousSha256();
        sheet.row().text("Previous version SHA-256").text(previous.isEmpty() ? "first version" : previous);
        EvidenceTally evidence = context.result().evidenceTally();
        sheet.row().text("Evidence items").number(evidence.items());
        sheet.row().text("Evidence counted").number(evidence.counted());
        sheet.row().text("Evidence in period").number(evidence.inPeriod());
        sheet.row().text("Evidence files packed").number(evidence.packedFiles());
        sheet.row().text("Gaps").number(context.result().gaps().size());
        sheet.row()
                .text("Remediation items")
                .number(context.result().remediation().size());
        sheet.row().text("Findings").number(context.result().findings().size());
        if (job.packageType() == PackageType.ISO27001_STAGE1) {
            sheet.row()
                    .text("Stage 2 readiness")
                    .status(context.report().stage1().orElseThrow().verdict().word());
        }
        if (context.report().samples().drawn()) {
            sheet.row().text("Sample seed").text(context.report().samples().seed());
        }
    }
}
