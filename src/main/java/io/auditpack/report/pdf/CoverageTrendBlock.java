package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.verdict.CoveragePoint;
import io.auditpack.verdict.ManagementReview;
import java.util.List;

/** Clause 9.3 c) 4: coverage over time, as a trend chart across versions and the table of its points. */
final class CoverageTrendBlock {
    /** Points of the table (the latest ones); the chart draws them all. */
    static final int POINTS_SHOWN = 60;

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
        List<CoveragePoint> points = review.coverage();
        int skipped = Math.max(0, points.size() - POINTS_SHOWN);
        if (skipped > 0) {
            blocks.paragraph("The latest %d points; %d earlier ones are in the workbook's Review Coverage sheet."
                    .formatted(POINTS_SHOWN, skipped));
        }
        for (CoveragePoint point : points.subList(skipped, points.size())) {
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
