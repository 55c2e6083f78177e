package io.auditpack.report.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/**
 * Draws a JFreeChart into the document as vectors: the chart paints on OpenPDF's {@code PdfGraphics2D} over a form
 * XObject, its text in the document's embedded DejaVu fonts (the {@link Typeface} maps AWT fonts to them). The
 * charts use opaque colours only, so no transparency group breaks PDF/A-1.
 */
final class VectorChart {
    private VectorChart() {}

    static void add(Blocks blocks, JFreeChart chart, float width, float height) {
        PdfTemplate template = blocks.writer().getDirectContent().createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, blocks.typeface());
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        Image image = Image.getInstance(template);
        image.setSpacingBefore(4);
        image.setSpacingAfter(6);
        image.setAlignment(Image.MIDDLE);
        blocks.add(image);
    }
}
