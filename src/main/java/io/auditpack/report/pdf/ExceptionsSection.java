package io.auditpack.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Framework;
import io.auditpack.domain.RemediationItem;
import io.auditpack.domain.Slice;
import io.auditpack.domain.Words;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The exceptions: due slices without a record, named per control ({@code CM-01: no record for 2026-04}); missing
 * and stale documentation; the top remediation items; the findings counted by code.
 */
final class ExceptionsSection {
    static final int TOP_ITEMS = 10;

    private ExceptionsSection() {
    }

    static void add(Document document, AuditResult result) {
        document.add(Blocks.heading("Exceptions"));
        document.add(Blocks.subheading("Operating records"));
        List<ControlResult> missed = result.controls().stream().filter(c -> !c.missingSlices().isEmpty()).toList();
        if (!result.job().judgesOperation()) {
            document.add(Blocks.paragraph("Operation is not judged for a point-in-time package."));
        } else if (missed.isEmpty()) {
            document.add(Blocks.paragraph("Every due slice of every implemented control has a record."));
        }
        for (ControlResult control : missed) {
            document.add(Blocks.bullet(missingSlices(control)));
        }
        document.add(Blocks.subheading("Documentation"));
        List<ControlResult> undocumented = result.controls().stream()
                .filter(c -> c.documentation() == DocumentationStatus.MISSING
                        || c.documentation() == DocumentationStatus.STALE)
                .toList();
        if (undocumented.isEmpty()) {
            document.add(Blocks.paragraph("Every control that needs documentation has a current document."));
        }
        for (ControlResult control : undocumented) {
            document.add(Blocks.bullet(documentation(control)));
        }
        remediation(document, result.remediation());
        findings(document, result.findings());
    }

    /** {@code CM-01: no record for 2026-04, 2026-05}. */
    static String missingSlices(ControlResult control) {
        return control.id() + ": no record for "
                + control.missingSlices().stream().map(Slice::label).collect(Collectors.joining(", "));
    }

    static String documentation(ControlResult control) {
        return control.documentation() == DocumentationStatus.STALE
                ? control.id() + ": documentation stale (latest approved " + control.latestDocument() + ")"
                : control.id() + ": no documentation approved on or before the as-of date";
    }

    private static void remediation(Document document, List<RemediationItem> items) {
        document.add(Blocks.subheading("Top remediation items"));
        if (items.isEmpty()) {
            document.add(Blocks.paragraph("No gaps: nothing to remediate."));
            return;
        }
        PdfPTable table = Blocks.table(List.of("Priority", "Item", "Owner", "Frameworks", "Closes", "Action"),
                0.8f, 1.4f, 1.4f, 1.4f, 2.2f, 4.5f);
        for (RemediationItem item : items.stream().limit(TOP_ITEMS).toList()) {
            Blocks.number(table, item.priority());
            Blocks.cell(table, item.id());
            Blocks.cell(table, item.owner());
            Blocks.cell(table, Arrays.stream(Framework.values()).filter(item.frameworks()::contains)
                    .map(Framework::label).collect(Collectors.joining(", ")));
            Blocks.cell(table, String.join(", ", item.closes()));
            Blocks.cell(table, item.action());
        }
        document.add(table);
        if (items.size() > TOP_ITEMS) {
            document.add(Blocks.paragraph("%d more items in gaps.csv and the workbook's Gaps sheet."
                    .formatted(items.size() - TOP_ITEMS)));
        }
    }

    private static void findings(Document document, List<Finding> findings) {
        document.add(Blocks.subheading("Findings"));
        if (findings.isEmpty()) {
            document.add(Blocks.paragraph("No findings."));
            return;
        }
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> severities = new TreeMap<>();
        for (Finding finding : findings) {
            counts.merge(finding.code(), 1, Integer::sum);
            severities.putIfAbsent(finding.code(), Words.word(finding.severity()));
        }
        PdfPTable table = Blocks.table(List.of("Code", "Severity", "Count"), 4f, 1.5f, 1f);
        counts.forEach((code, count) -> {
            Blocks.cell(table, code);
            Blocks.cell(table, severities.get(code));
            Blocks.number(table, count);
        });
        document.add(table);
    }
}
