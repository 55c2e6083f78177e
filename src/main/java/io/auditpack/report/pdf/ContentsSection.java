package io.auditpack.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.report.PackContext;
import java.util.List;

/**
 * The contents page after the cover: every section and subsection heading with the page it starts on, as the
 * previous rendering pass placed them ({@link SummaryPdfWriter} renders until two passes agree). Subsections are
 * left out when all headings would not fit on the one page the contents has.
 */
final class ContentsSection implements Section {
    static final int MOST_ENTRIES = 44;

    @Override
    public void add(Blocks blocks, PackContext context) {
        blocks.newPage();
        blocks.section("Contents");
        List<ContentsEntry> entries = shown(blocks.contents());
        PdfPTable table = new PdfPTable(new float[] {10f, 1f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (ContentsEntry entry : entries) {
            PdfPCell title =
                    new PdfPCell(blocks.phrase(entry.title(), entry.level() == 0 ? blocks.bodyBold : blocks.body));
            title.setPaddingLeft(entry.level() == 0 ? 0 : 14);
            PdfPCell page = new PdfPCell(blocks.phrase(String.valueOf(entry.page()), blocks.body));
            page.setHorizontalAlignment(Element.ALIGN_RIGHT);
            for (PdfPCell cell : List.of(title, page)) {
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(Blocks.HEADER_FILL);
                cell.setPaddingTop(entry.level() == 0 ? 5 : 2);
                cell.setPaddingBottom(3);
                table.addCell(cell);
            }
        }
        if (!entries.isEmpty()) {
            blocks.add(table);
        }
    }

    /** Every heading after the contents' own, or the sections alone when there are more than fit. */
    static List<ContentsEntry> shown(List<ContentsEntry> entries) {
        List<ContentsEntry> after =
                entries.stream().filter(e -> !e.title().equals("Contents")).toList();
        return after.size() <= MOST_ENTRIES
                ? after
                : after.stream().filter(e -> e.level() == 0).toList();
    }
}
