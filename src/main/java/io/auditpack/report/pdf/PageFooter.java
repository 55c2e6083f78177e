package io.auditpack.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The footer of every page but the cover: the pack's name and version on the left, "page X of Y" on the right. The
 * total is a template filled in when the document closes, so it is known without rendering twice.
 */
final class PageFooter extends PdfPageEventHelper {
    private static final float SIZE = 7.5f;
    private final String label;
    private final Typeface typeface;
    private @Nullable PdfTemplate total;

    PageFooter(String label, Typeface typeface) {
        this.label = label;
        this.typeface = typeface;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        if (writer.getPageNumber() == 1) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - 24;
        canvas.setColorStroke(new Color(0xB0, 0xB8, 0xC4));
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), y + 10);
        canvas.lineTo(document.right(), y + 10);
        canvas.stroke();
        Font font = typeface.regular(SIZE);
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_LEFT,
                new com.lowagie.text.Phrase(typeface.safe(label), font),
                document.left(),
                y,
                0);
        String page = "page " + writer.getPageNumber() + " of";
        BaseFont base = font.getBaseFont();
        float x = document.right() - base.getWidthPoint("000", SIZE);
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_RIGHT,
                new com.lowagie.text.Phrase(page, font),
                x - base.getWidthPoint(" ", SIZE),
                y,
                0);
        canvas.addTemplate(total, x, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        PdfTemplate total = Objects.requireNonNull(this.total, "no page was written");
        total.beginText();
        total.setFontAndSize(typeface.regular(SIZE).getBaseFont(), SIZE);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
