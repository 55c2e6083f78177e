package io.auditpack.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Headings held back until the element after them arrives, then placed with it: when the rest of the page cannot
 * hold the headings and the start of that element, the headings go to the next page with it, so no heading is left
 * alone at a page foot. Records the page each heading lands on, for the contents page.
 */
final class KeepWithNext {
    /** Rows of a table (after its header) and lines of a paragraph that must fit under a heading. */
    static final int FIRST_ROWS = 2;

    private final Document document;
    private final PdfWriter writer;
    private final List<Paragraph> held = new ArrayList<>();
    private final List<ContentsEntry> heldEntries = new ArrayList<>();
    private final List<ContentsEntry> placed = new ArrayList<>();

    KeepWithNext(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    void hold(Paragraph heading, ContentsEntry entry) {
        held.add(heading);
        heldEntries.add(entry);
    }

    List<ContentsEntry> placed() {
        return List.copyOf(placed);
    }

    /** Places the held headings before {@code next} (null: on their own), on a new page when this one is too full. */
    void place(@Nullable Element next) {
        if (held.isEmpty()) {
            return;
        }
        // OpenPDF moves a line to the next page unless the page also has room for one more line of its leading
        float needed = next == null ? 0 : start(next);
        float last = 0;
        for (Paragraph heading : held) {
            needed += heading.getTotalLeading();
            last = heading.getTotalLeading();
        }
        needed += last;
        if (writer.getVerticalPosition(false) - document.bottom() < needed) {
            document.newPage();
        }
        for (int i = 0; i < held.size(); i++) {
            document.add(held.get(i));
            placed.add(heldEntries.get(i).on(writer.getPageNumber()));
        }
        held.clear();
        heldEntries.clear();
    }

    /** The height of what must follow a heading on its page: a table's header and first rows, two lines, a chart. */
    private float start(Element next) {
        if (next instanceof PdfPTable table) {
            table.setTotalWidth(document.right() - document.left());
            float height = table.spacingBefore();
            int rows = Math.min(table.size(), table.getHeaderRows() + FIRST_ROWS);
            for (int row = 0; row < rows; row++) {
                height += table.getRowHeight(row);
            }
            return height;
        }
        if (next instanceof Image image) {
            return image.getScaledHeight() + image.getSpacingBefore();
        }
        if (next instanceof Paragraph paragraph) {
            return paragraph.getTotalLeading() * 2;
        }
        return 30;
    }
}
