package io.auditpack.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** Prints the pack's name and version on the left of every page's footer and the page number on the right. */
final class PageFooter extends PdfPageEventHelper {
    private final String label;

    PageFooter(String label) {
        this.label = label;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float y = document.bottom() - 20;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                Blocks.phrase(label, Blocks.SMALL), document.left(), y, 0);
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                Blocks.phrase("Page " + writer.getPageNumber(), Blocks.SMALL), document.right(), y, 0);
    }
}
