package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.Headline;
import java.util.ArrayList;
import java.util.List;

/**
 * The executive summary: what the package judges, the headline counts per framework and SOC 2 category (the
 * figures of metrics.json), and the coverage charts per framework, category and ISO theme.
 */
final class ExecutiveSection implements Section {
    @Override
    public void add(Blocks blocks, PackContext context) {
        AuditResult result = context.result();
        boolean judges = result.job().judgesOperation();
        blocks.newPage();
        blocks.section("Executive summary");
        blocks.paragraph(
                judges
                        ? "Design coverage of the requirements in scope and the operating effectiveness of their controls "
                                + "over the due slices of the period up to " + result.asOf()
                                + " (a slice still open or awaiting its records counts once a record speaks for it; "
                                + "event-driven controls are judged on their occurrences)."
                        : "Design coverage of the requirements in scope and current documentation as of "
                                + result.asOf() + "; operation is not judged for a point-in-time package.");
        for (Headline line : context.report().headlines()) {
            if (line.category() == null) {
                blocks.bullet(sentence(line, judges));
            }
        }
        blocks.bullet("%d gaps in %d remediation items; %d findings; %d of %d evidence items count."
                .formatted(
                        result.gaps().size(),
                        result.remediation().size(),
                        result.findings().size(),
                        result.evidenceTally().counted(),
                        result.evidenceTally().items()));
        blocks.add(headlineTable(blocks, context.report().headlines(), judges));
        List<CoverageLine> lines = CoverageLine.of(context);
        blocks.subsection("Design coverage");
        VectorChart.add(blocks, CoverageCharts.design(lines), 515, 40 + 17 * lines.size());
        if (judges) {
            blocks.subsection("Operating effectiveness");
            VectorChart.add(blocks, CoverageCharts.operating(lines), 515, 40 + 17 * lines.size());
        }
    }

    private static String sentence(Headline line, boolean judges) {
        FrameworkSummary s = line.summary();
        String design = "%s: design coverage %s%% (%d of %d requirements in scope covered, %d partial, %d without a "
                + "control)";
        String text = design.formatted(
                line.label(),
                line.designCoveragePercent().toPlainString(),
                s.covered(),
                s.requirementsInScope(),
                s.partial(),
                s.missingControl());
        return judges
                ? text
                        + "; operating: %d effective, %d inconsistent, %d without records, %d not yet due."
                                .formatted(s.effective(), s.inconsistent(), s.noRecords(), s.notYetDue())
                : text + ".";
    }

    private static PdfPTable headlineTable(Blocks blocks, List<Headline> headlines, boolean judges) {
        List<String> header = new ArrayList<>(
                List.of("Scope", "In scope", "Covered", "Partial", "Missing control", "N/A", "Design %"));
        List<Float> widths = new ArrayList<>(List.of(2.5f, 1.05f, 1.2f, 1.05f, 1.3f, 0.75f, 1.1f));
        if (judges) {
            header.addAll(List.of("Effective", "Inconsistent", "No records", "Not yet due"));
            widths.addAll(List.of(1.2f, 1.55f, 1.25f, 1.3f));
        }
        float[] columns = new float[widths.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = widths.get(i);
        }
        PdfPTable table = blocks.table(header, columns);
        for (Headline line : headlines) {
            FrameworkSummary summary = line.summary();
            blocks.cell(table, line.label());
            blocks.number(table, summary.requirementsInScope());
            blocks.number(table, summary.covered());
            blocks.number(table, summary.partial());
            blocks.number(table, summary.missingControl());
            blocks.number(table, summary.notApplicable());
            blocks.number(table, line.designCoveragePercent().toPlainString());
            if (judges) {
                blocks.number(table, summary.effective());
                blocks.number(table, summary.inconsistent());
                blocks.number(table, summary.noRecords());
                blocks.number(table, summary.notYetDue());
            }
        }
        return table;
    }
}
