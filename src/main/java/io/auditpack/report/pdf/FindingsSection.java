package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Severity;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The validation findings: totals by severity, then by code with one example message each. */
final class FindingsSection implements Section {
    @Override
    public void add(Blocks blocks, PackContext context) {
        List<Finding> findings = context.result().findings();
        blocks.section("Findings");
        if (findings.isEmpty()) {
            blocks.paragraph("No findings.");
            return;
        }
        blocks.paragraph("%d findings: %s. Every finding, with its file, line and value, is in findings.csv."
                .formatted(
                        findings.size(),
                        Arrays.stream(Severity.values())
                                .map(s -> findings.stream()
                                                .filter(f -> f.severity() == s)
                                                .count() + " " + Words.word(s))
                                .collect(Collectors.joining(", "))));
        Map<String, List<Finding>> byCode =
                new TreeMap<>(findings.stream().collect(Collectors.groupingBy(Finding::code)));
        PdfPTable table = blocks.table(List.of("Code", "Severity", "Count", "Example"), 3.6f, 1.1f, 0.9f, 6f);
        byCode.forEach((code, group) -> {
            blocks.cell(table, code);
            blocks.status(table, Words.word(group.get(0).severity()));
            blocks.number(table, group.size());
            blocks.cell(table, example(group.get(0)));
        });
        blocks.add(table);
    }

    /** {@code evidence.csv, line 5: record EV-0004 is dated outside the audit period}. */
    static String example(Finding finding) {
        return (finding.file().isEmpty()
                        ? ""
                        : finding.file() + (finding.line() > 0 ? ", line " + finding.line() : "") + ": ")
                + finding.message();
    }
}
