package io.auditpack.report.pdf;

import io.auditpack.verdict.CoveragePoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.SimpleDateFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The management review's trend chart: design coverage in percent over the as-of dates of the published versions,
 * one line per job and framework. Dates are placed and labelled in UTC with a fixed pattern, so the drawing does
 * not depend on the machine's time zone or locale.
 */
final class TrendChart {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final Color[] PALETTE = {
        new Color(0x1F, 0x3A, 0x5F),
        new Color(0x2E, 0x7D, 0x32),
        new Color(0xC6, 0x28, 0x28),
        new Color(0xF2, 0xA9, 0x00),
        new Color(0x6A, 0x1B, 0x9A),
        new Color(0x00, 0x83, 0x8F),
        new Color(0x8D, 0x6E, 0x63),
        new Color(0x54, 0x6E, 0x7A)
    };
    private static final long DAY = 86_400_000L;

    private TrendChart() {}

    static JFreeChart of(List<CoveragePoint> points) {
        Map<String, XYSeries> lines = new LinkedHashMap<>();
        for (CoveragePoint point : points) {
            String name = point.job() + " " + point.framework().label();
            lines.computeIfAbsent(name, key -> new XYSeries(key, true, true))
                    .addOrUpdate(
                            point.asOf().toEpochDay() * DAY,
                            point.designPercent().doubleValue());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        lines.values().forEach(data::addSeries);
        DateAxis dates = new DateAxis("as of", UTC, Locale.ROOT);
        dates.setStandardTickUnits(DateAxis.createStandardDateTickUnits(UTC, Locale.ROOT));
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        format.setTimeZone(UTC);
        dates.setDateFormatOverride(format);
        dates.setLowerMargin(0.05);
        dates.setUpperMargin(0.05);
        NumberAxis percent = new NumberAxis("design coverage %");
        percent.setRange(0, 105);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < lines.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.2f));
        }
        XYPlot plot = new XYPlot(data, dates, percent, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD5, 0xDC));
        plot.setDomainGridlinePaint(new Color(0xD0, 0xD5, 0xDC));
        for (var axis : List.of(dates, percent)) {
            axis.setTickLabelFont(Typeface.chartFont(false, 7));
            axis.setLabelFont(Typeface.chartFont(false, 7.5f));
        }
        JFreeChart chart = new JFreeChart(null, Typeface.chartFont(false, 8), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(false);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(Typeface.chartFont(false, 7));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
