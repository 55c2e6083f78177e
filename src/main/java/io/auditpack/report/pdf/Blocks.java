package io.auditpack.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The building blocks of one summary document: headings that are also bookmarks, paragraphs, bullets and tables in
 * the embedded DejaVu fonts, status words shaded like the workbook's. Every text passes {@link Typeface#safe}.
 * Vertical space comes from a paragraph's leading, never from OpenPDF's spacing before/after, which writes a blank
 * text line that text extractors merge into the neighbouring line ("E xample").
 *
 * <p>Two layout rules hold for every section: a table's columns are at least as wide as their widest word
 * ({@link ColumnFit}), and a heading is held back until the element after it is added, then placed with it on a new
 * page when the page has no room for the heading and the start of that element ({@link KeepWithNext}): two lines of
 * a paragraph, the header and first two rows of a table, a whole chart.
 */
final class Blocks {
    static final Color HEADER_FILL = new Color(0xD9, 0xE1, 0xEA);
    static final Color GOOD = new Color(0xC6, 0xEF, 0xCE);
    static final Color WARN = new Color(0xFF, 0xEB, 0x9C);
    static final Color BAD = new Color(0xFF, 0xC7, 0xCE);
    static final Color INK = new Color(0x1F, 0x3A, 0x5F);

    private final Document document;
    private final PdfWriter writer;
    private final Typeface typeface;
    final Font title;
    final Font heading;
    final Font subheading;
    final Font body;
    final Font bodyBold;
    final Font small;
    final Font smallBold;
    private final Map<PdfPTable, ColumnFit> fits = new IdentityHashMap<>();
    private final KeepWithNext headings;
    private final List<ContentsEntry> contents;
    private @Nullable PdfOutline section;
    private int destinations;

    /**
     * Blocks for one rendering pass; {@code contents} are the headings and pages of the previous pass (empty in the
     * first), for the contents page.
     */
    Blocks(Document document, PdfWriter writer, Typeface typeface, List<ContentsEntry> contents) {
        this.document = document;
        this.writer = writer;
        this.typeface = typeface;
        this.headings = new KeepWithNext(document, writer);
        this.contents = List.copyOf(contents);
        this.title = typeface.bold(22);
        this.heading = typeface.bold(15);
        this.heading.setColor(INK);
        this.subheading = typeface.bold(11);
        this.subheading.setColor(INK);
        this.body = typeface.regular(9.5f);
        this.bodyBold = typeface.bold(9.5f);
        this.small = typeface.regular(7.5f);
        this.smallBold = typeface.bold(7f);
    }

    Document document() {
        return document;
    }

    PdfWriter writer() {
        return writer;
    }

    Typeface typeface() {
        return typeface;
    }

    /** The headings and their pages as the previous pass placed them. */
    List<ContentsEntry> contents() {
        return contents;
    }

    /** The headings and their pages as this pass placed them so far. */
    List<ContentsEntry> placed() {
        return headings.placed();
    }

    /** Adds an element after the headings held back for it; a table first gets column widths that fit its words. */
    void add(Element element) {
        if (element instanceof PdfPTable table) {
            ColumnFit fit = fits.remove(table);
            if (fit != null) {
                fit.apply(table, document.right() - document.left());
            }
        }
        headings.place(element);
        document.add(element);
    }

    /** Places headings still held back (a section that ends with a heading); call before closing the document. */
    void finish() {
        headings.place(null);
    }

    void newPage() {
        headings.place(null);
        document.newPage();
    }

    Phrase phrase(String text, Font font) {
        return new Phrase(typeface.safe(text), font);
    }

    /** A section heading with a top-level bookmark, kept with what follows it. */
    void section(String text) {
        section = bookmark(writer.getRootOutline(), text, heading, 16, 0);
    }

    /** A subsection heading with a bookmark under the current section's, kept with what follows it. */
    void subsection(String text) {
        bookmark(section == null ? writer.getRootOutline() : section, text, subheading, 9, 1);
    }

    private PdfOutline bookmark(PdfOutline parent, String text, Font font, float spacingBefore, int level) {
        String name = "section-" + (++destinations);
        Chunk anchor = new Chunk(typeface.safe(text), font);
        anchor.setLocalDestination(name);
        Paragraph paragraph = new Paragraph(spacingBefore + font.getSize() * 1.3f, anchor);
        paragraph.setFont(font);
        headings.hold(paragraph, new ContentsEntry(level, typeface.safe(text), 0));
        return new PdfOutline(parent, PdfAction.gotoLocalPage(name, false), typeface.safe(text), false);
    }

    void paragraph(String text) {
        Paragraph paragraph = new Paragraph(14.5f, typeface.safe(text), body);
        add(paragraph);
    }

    void bullet(String text) {
        Paragraph paragraph = new Paragraph(13.5f, "\u2022  ", body);
        paragraph.add(phrase(text, body));
        paragraph.setIndentationLeft(12);
        paragraph.setFirstLineIndent(-9);
        add(paragraph);
    }

    /**
     * A full-width table with a repeated, shaded header row; relative column widths, widened where a column's
     * widest word needs it when the table is added ({@link #add}). Fill it with {@link #cell}, {@link #number} and
     * {@link #status}.
     */
    PdfPTable table(List<String> header, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        ColumnFit fit = new ColumnFit(widths);
        fits.put(table, fit);
        for (String name : header) {
            fit.measure(typeface.safe(name), smallBold);
            PdfPCell cell = new PdfPCell(phrase(name, smallBold));
            cell.setBackgroundColor(HEADER_FILL);
            pad(cell);
            table.addCell(cell);
        }
        return table;
    }

    /** A text cell; long tokens such as e-mail addresses may break after {@code @ / _ ,} as well as spaces. */
    void cell(PdfPTable table, String text) {
        measure(table, text);
        Chunk chunk = new Chunk(typeface.safe(text), small);
        chunk.setSplitCharacter(TokenBreaks.INSTANCE);
        PdfPCell cell = new PdfPCell(new Phrase(chunk));
        pad(cell);
        table.addCell(cell);
    }

    void number(PdfPTable table, Object value) {
        measure(table, String.valueOf(value));
        PdfPCell cell = new PdfPCell(phrase(String.valueOf(value), small));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        pad(cell);
        table.addCell(cell);
    }

    /** A status word (underscores shown as spaces), shaded green, amber or red when it judges. */
    void status(PdfPTable table, String word) {
        measure(table, word.replace('_', ' '));
        PdfPCell cell = new PdfPCell(phrase(word.replace('_', ' '), small));
        Color fill = shade(word);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        pad(cell);
        table.addCell(cell);
    }

    private void measure(PdfPTable table, String text) {
        ColumnFit fit = fits.get(table);
        if (fit != null) {
            fit.measure(typeface.safe(text), small);
        }
    }

    static @Nullable Color shade(String word) {
        return switch (word) {
            case "effective", "covered", "current", "present", "ready", "closed", "implemented", "fulfilled" -> GOOD;
            case "inconsistent", "partial", "stale", "ready_with_observations", "partially_implemented" -> WARN;
            case "no_records", "missing_control", "missing", "not_ready", "opened", "not_implemented", "overdue" -> BAD;
            default -> null;
        };
    }

    private static void pad(PdfPCell cell) {
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(3.5f);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        cell.setBorderColor(new Color(0xB0, 0xB8, 0xC4));
        cell.setBorderWidth(0.5f);
    }
}
