package io.auditpack.report.pdf;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The executive summary's charts: design coverage and operating effectiveness per framework, SOC 2 category and
 * ISO 27001 theme, as 100% stacked horizontal bars. Opaque colours, no gradients or shadows (PDF/A-1).
 */
final class CoverageCharts {
    static final Color COVERED = new Color(0x2E, 0x7D, 0x32);
    static final Color PARTIAL = new Color(0xF2, 0xA9, 0x00);
    static final Color MISSING = new Color(0xC6, 0x28, 0x28);
    static final Color NEUTRAL = new Color(0x9E, 0xA7, 0xB3);

    private CoverageCharts() {}

    /** Share of in-scope requirements covered, partial and without a control, per line. */
    static JFreeChart design(List<CoverageLine> lines) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CoverageLine line : lines) {
            double scope = line.summary().requirementsInScope();
            String row = line.label() + " (" + line.summary().requirementsInScope() + ")";
            data.addValue(100 * line.summary().covered() / scope, "covered", row);
            data.addValue(100 * line.summary().partial() / scope, "partial", row);
            data.addValue(100 * line.summary().missingControl() / scope, "missing control", row);
        }
        return stacked(data, "% of requirements in scope", COVERED, PARTIAL, MISSING);
    }

    /** Share of judged requirements effective, inconsistent, without records and not yet due, per line. */
    static JFreeChart operating(List<CoverageLine> lines) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CoverageLine line : lines.stream().filter(l -> l.judged() > 0).toList()) {
            double judged = line.judged();
            String row = line.label() + " (" + line.judged() + ")";
            data.addValue(100 * line.summary().effective() / judged, "effective", row);
            data.addValue(100 * line.summary().inconsistent() / judged, "inconsistent", row);
            data.addValue(100 * line.summary().noRecords() / judged, "no records", row);
            data.addValue(100 * line.summary().notYetDue() / judged, "not yet due", row);
        }
        return stacked(data, "% of requirements with implemented controls", COVERED, PARTIAL, MISSING, NEUTRAL);
    }

    private static JFreeChart stacked(DefaultCategoryDataset data, String axisLabel, Color... colours) {
        CategoryAxis categories = new CategoryAxis();
        NumberAxis values = new NumberAxis(axisLabel);
        values.setRange(0, 100);
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.16);
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        return ChartStyle.apply(new JFreeChart(null, Typeface.chartFont(false, 8), plot, true), plot);
    }
}
