package io.auditpack.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;

/**
 * The building blocks of the summary: headings, paragraphs and tables in the built-in Helvetica (a standard Type 1
 * font, not embedded, so no random subset prefix), with status words shaded like the workbook's.
 */
final class Blocks {
    private static final BaseFont REGULAR = standard(BaseFont.HELVETICA);
    private static final BaseFont BOLD = standard(BaseFont.HELVETICA_BOLD);
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    static final Font TITLE = new Font(BOLD, 22);
    static final Font HEADING = new Font(BOLD, 14);
    static final Font SUBHEADING = new Font(BOLD, 11);
    static final Font BODY = new Font(REGULAR, 10);
    static final Font SMALL = new Font(REGULAR, 8);
    static final Font SMALL_BOLD = new Font(BOLD, 8);
    private static final Color HEADER_FILL = new Color(0xD9, 0xD9, 0xD9);
    private static final Color GOOD = new Color(0xC6, 0xEF, 0xCE);
    private static final Color WARN = new Color(0xFF, 0xEB, 0x9C);
    private static final Color BAD = new Color(0xFF, 0xC7, 0xCE);

    private Blocks() {
    }

    /**
     * The text as the WinAnsi-encoded standard fonts can show it: characters outside Windows-1252 become {@code ?}
     * (visibly, rather than silently dropped). Fonts are built from an explicit {@link BaseFont} because OpenPDF
     * 2.x otherwise swaps in an embedded Liberation Sans subset, with a random prefix, for such characters.
     */
    static String safe(String text) {
        CharsetEncoder encoder = WIN_ANSI.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(Character.isBmpCodePoint(c) && encoder.canEncode((char) c)
                ? String.valueOf((char) c) : "?"));
        return out.toString();
    }

    private static BaseFont standard(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in font " + name + " is missing", e);
        }
    }

    static Phrase phrase(String text, Font font) {
        return new Phrase(safe(text), font);
    }

    static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(safe(text), HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        return heading;
    }

    static Paragraph subheading(String text) {
        Paragraph heading = new Paragraph(safe(text), SUBHEADING);
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(4);
        return heading;
    }

    static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(safe(text), BODY);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    static Paragraph bullet(String text) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk("\u2022 ", BODY));
        paragraph.add(phrase(text, BODY));
        paragraph.setIndentationLeft(12);
        paragraph.setFirstLineIndent(-8);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    /** A full-width table with a repeated, shaded header row; relative column widths. */
    static PdfPTable table(List<String> header, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String name : header) {
            PdfPCell cell = new PdfPCell(phrase(name, SMALL_BOLD));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        return table;
    }

    static void cell(PdfPTable table, String text) {
        table.addCell(new PdfPCell(phrase(text, SMALL)));
    }

    static void number(PdfPTable table, Object value) {
        PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(value), SMALL));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    /** A status word, shaded green, amber or red when it judges. */
    static void status(PdfPTable table, String word) {
        PdfPCell cell = new PdfPCell(phrase(word, SMALL));
        Color fill = switch (word) {
            case "effective", "covered", "current" -> GOOD;
            case "inconsistent", "partial", "stale" -> WARN;
            case "no_records", "missing_control", "missing" -> BAD;
            default -> null;
        };
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        table.addCell(cell);
    }
}
