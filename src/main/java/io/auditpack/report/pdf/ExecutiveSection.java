package io.auditpack.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.report.PackContext;
import io.auditpack.report.data.Headline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The executive summary (headline counts per framework and SOC 2 category) and the scope narrative. */
final class ExecutiveSection {
    private ExecutiveSection() {
    }

    static void add(Document document, PackContext context) {
        AuditResult result = context.result();
        boolean judges = result.job().judgesOperation();
        document.add(Blocks.heading("Executive summary"));
        document.add(Blocks.paragraph(judges
                ? "Design coverage of the requirements in scope and the operating effectiveness of their controls "
                        + "over the due slices of the period up to " + result.asOf() + "."
                : "Design coverage of the requirements in scope and current documentation as of " + result.asOf()
                        + "; operation is not judged for a point-in-time package."));
        List<String> header = new ArrayList<>(List.of("Scope", "In scope", "Covered", "Partial", "Missing control",
                "N/A", "Design %"));
        List<Float> widths = new ArrayList<>(List.of(3f, 1.2f, 1.2f, 1.2f, 1.4f, 1f, 1.2f));
        if (judges) {
            header.addAll(List.of("Effective", "Inconsistent", "No records", "Not yet due"));
            widths.addAll(List.of(1.2f, 1.4f, 1.2f, 1.2f));
        }
        PdfPTable table = Blocks.table(header, toArray(widths));
        for (Headline line : Headline.of(result)) {
            FrameworkSummary summary = line.summary();
            Blocks.cell(table, line.label());
            Blocks.number(table, summary.requirementsInScope());
            Blocks.number(table, summary.covered());
            Blocks.number(table, summary.partial());
            Blocks.number(table, summary.missingControl());
            Blocks.number(table, summary.notApplicable());
            Blocks.number(table, line.designCoveragePercent().toPlainString());
            if (judges) {
                Blocks.number(table, summary.effective());
                Blocks.number(table, summary.inconsistent());
                Blocks.number(table, summary.noRecords());
                Blocks.number(table, summary.notYetDue());
            }
        }
        document.add(table);
        document.add(Blocks.paragraph("%d gaps in %d remediation items; %d findings; %d of %d evidence items count."
                .formatted(result.gaps().size(), result.remediation().size(), result.findings().size(),
                        result.evidence().stream().filter(e -> e.counted()).count(), result.evidence().size())));
        narrative(document, context.inputs().scope());
    }

    private static void narrative(Document document, ScopeStatement scope) {
        if (scope.narrative().isEmpty()) {
            return;
        }
        document.add(Blocks.heading("Scope"));
        for (Map.Entry<String, List<String>> section : scope.narrative().entrySet()) {
            document.add(Blocks.subheading(title(section.getKey())));
            for (String line : section.getValue()) {
                document.add(section.getValue().size() == 1 ? Blocks.paragraph(line) : Blocks.bullet(line));
            }
        }
    }

    /** {@code third_parties} becomes {@code Third parties}. */
    static String title(String key) {
        String words = key.replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static float[] toArray(List<Float> values) {
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
