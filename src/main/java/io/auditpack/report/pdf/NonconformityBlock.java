package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.verdict.FindingTrend;
import io.auditpack.verdict.ManagementReview;
import io.auditpack.verdict.Nonconformity;
import java.util.List;

/** Clause 9.3 c) 1: nonconformities (the current gaps graded major or minor) and the findings trend by code. */
final class NonconformityBlock {
    static final int MAJORS_SHOWN = 15;

    private NonconformityBlock() {}

    static void add(Blocks blocks, ManagementReview review) {
        blocks.subsection("Nonconformities and findings");
        List<Nonconformity> all = review.nonconformities();
        List<Nonconformity> major =
                all.stream().filter(n -> n.grade().equals("major")).toList();
        blocks.paragraph("%d nonconformities: %d major, %d minor; %d new since the last review."
                .formatted(
                        all.size(),
                        major.size(),
                        all.size() - major.size(),
                        all.stream().filter(Nonconformity::sinceLastReview).count()));
        major.stream()
                .limit(MAJORS_SHOWN)
                .forEach(n -> blocks.bullet(
                        "Major" + (n.sinceLastReview() ? " (new)" : "") + ": " + GapWords.describe(n.gap())));
        if (major.size() > MAJORS_SHOWN) {
            blocks.paragraph("%d more major nonconformities in the workbook's Review Nonconformities sheet."
                    .formatted(major.size() - MAJORS_SHOWN));
        }
        if (review.findings().isEmpty()) {
            return;
        }
        PdfPTable table = blocks.table(
                List.of("Finding code", "Severity", "Now", "At last review", "Change"), 4f, 1.2f, 0.9f, 1.3f, 0.9f);
        for (FindingTrend trend : review.findings()) {
            blocks.cell(table, trend.code());
            blocks.status(table, trend.severity());
            blocks.number(table, trend.now());
            blocks.number(table, trend.atLastReview());
            blocks.number(table, (trend.delta() > 0 ? "+" : "") + trend.delta());
        }
        blocks.add(table);
    }
}
