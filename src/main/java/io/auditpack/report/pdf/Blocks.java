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
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The building blocks of one summary document: headings that are also bookmarks, paragraphs, bullets and tables in
 * the embedded DejaVu fonts, status words shaded like the workbook's. Every text passes {@link Typeface#safe}.
 * Vertical space comes from a paragraph's leading, never from OpenPDF's spacing before/after, which writes a blank
 * text line that text extractors merge into the neighbouring line ("E xample").
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
    private @Nullable PdfOutline section;
    private int destinations;

    Blocks(Document document, PdfWriter writer, Typeface typeface) {
        this.document = document;
        this.writer = writer;
        this.typeface = typeface;
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

    void add(Element element) {
        document.add(element);
    }

    void newPage() {
        document.newPage();
    }

    Phrase phrase(String text, Font font) {
        return new Phrase(typeface.safe(text), font);
    }

    /** A section heading with a top-level bookmark. */
    void section(String text) {
        section = bookmark(writer.getRootOutline(), text, heading, 16);
    }

    /** A subsection heading with a bookmark under the current section's. */
    void subsection(String text) {
        bookmark(section == null ? writer.getRootOutline() : section, text, subheading, 9);
    }

    private PdfOutline bookmark(PdfOutline parent, String text, Font font, float spacingBefore) {
        String name = "section-" + (++destinations);
        Chunk anchor = new Chunk(typeface.safe(text), font);
        anchor.setLocalDestination(name);
        Paragraph paragraph = new Paragraph(spacingBefore + font.getSize() * 1.3f, anchor);
        paragraph.setFont(font);
        paragraph.setKeepTogether(true);
        document.add(paragraph);
        return new PdfOutline(parent, PdfAction.gotoLocalPage(name, false), typeface.safe(text), false);
    }

    void paragraph(String text) {
        Paragraph paragraph = new Paragraph(14.5f, typeface.safe(text), body);
        document.add(paragraph);
    }

    void bullet(String text) {
        Paragraph paragraph = new Paragraph(13.5f, "\u2022  ", body);
        paragraph.add(phrase(text, body));
        paragraph.setIndentationLeft(12);
        paragraph.setFirstLineIndent(-9);
        document.add(paragraph);
    }

    /** A full-width table with a repeated, shaded header row; relative column widths. */
    PdfPTable table(List<String> header, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String name : header) {
            PdfPCell cell = new PdfPCell(phrase(name, smallBold));
            cell.setBackgroundColor(HEADER_FILL);
            pad(cell);
            table.addCell(cell);
        }
        return table;
    }

    /** A text cell; long tokens such as e-mail addresses may break after {@code @ / _ ,} as well as spaces. */
    void cell(PdfPTable table, String text) {
        Chunk chunk = new Chunk(typeface.safe(text), small);
        chunk.setSplitCharacter(TokenBreaks.INSTANCE);
        PdfPCell cell = new PdfPCell(new Phrase(chunk));
        pad(cell);
        table.addCell(cell);
    }

    void number(PdfPTable table, Object value) {
        PdfPCell cell = new PdfPCell(phrase(String.valueOf(value), small));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        pad(cell);
        table.addCell(cell);
    }

    /** A status word (underscores shown as spaces), shaded green, amber or red when it judges. */
    void status(PdfPTable table, String word) {
        PdfPCell cell = new PdfPCell(phrase(word.replace('_', ' '), small));
        Color fill = shade(word);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        pad(cell);
        table.addCell(cell);
    }

    static @Nullable Color shade(String word) {
        return switch (word) {
            case "effective", "covered", "current", "present", "ready", "closed", "implemented" -> GOOD;
            case "inconsistent", "partial", "stale", "ready_with_observations", "partially_implemented" -> WARN;
            case "no_records", "missing_control", "missing", "not_ready", "opened", "not_implemented" -> BAD;
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
