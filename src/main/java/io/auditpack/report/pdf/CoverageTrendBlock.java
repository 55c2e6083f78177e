package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.verdict.CoveragePoint;
import io.auditpack.verdict.ManagementReview;
import java.util.List;

/** Clause 9.3 c) 4: coverage over time, as a trend chart across versions and the table of its points. */
final class CoverageTrendBlock {
    private CoverageTrendBlock() {}

    static void add(Blocks blocks, ManagementReview review) {
        blocks.subsection("Coverage over time");
        blocks.paragraph("Design coverage per job and framework at each published version (the review's own figures "
                + "last); operating effectiveness where the job judges it.");
        VectorChart.add(blocks, TrendChart.of(review.coverage()), 515, 230);
        PdfPTable table = blocks.table(
                List.of("Job", "Version", "As of", "Framework", "In scope", "Gaps", "Design %", "Operating %"),
                3.6f,
                1f,
                1.3f,
                1.2f,
                1f,
                0.8f,
                1f,
                1.1f);
        for (CoveragePoint point : review.coverage()) {
            blocks.cell(table, point.job());
            blocks.cell(table, "v%04d".formatted(point.version()));
            blocks.cell(table, point.asOf().toString());
            blocks.cell(table, point.framework().label());
            blocks.number(table, point.inScope());
            blocks.number(table, point.gaps());
            blocks.number(table, point.designPercent().toPlainString());
            blocks.number(
                    table,
                    point.operatingPercent() == null
                            ? "n/a"
                            : point.operatingPercent().toPlainString());
        }
        blocks.add(table);
    }
}
