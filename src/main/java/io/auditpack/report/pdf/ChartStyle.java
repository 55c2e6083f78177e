package io.auditpack.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/** Fonts, white backgrounds, light grid and a borderless legend under the plot, shared by every chart. */
final class ChartStyle {
    private ChartStyle() {}

    static JFreeChart apply(JFreeChart chart, CategoryPlot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD5, 0xDC));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.getDomainAxis().setTickLabelFont(Typeface.chartFont(false, 7.5f));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.getRangeAxis().setTickLabelFont(Typeface.chartFont(false, 7));
        plot.getRangeAxis().setLabelFont(Typeface.chartFont(false, 7.5f));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(Typeface.chartFont(false, 7.5f));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setBackgroundPaint(Color.WHITE);
        }
        return chart;
    }
}
