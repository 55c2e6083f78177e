package io.auditpack.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Column widths that hold their words: while a table's cells are added, the widest unbreakable piece of text of each
 * column is measured with the font's own glyph widths (a piece ends where {@link TokenBreaks} lets a cell break a
 * line: at a space, after {@code @ / _ ,}, after a hyphen not followed by a digit, after the dots of a range); when the table is placed, every column narrower than its widest piece plus the cell's
 * padding and border gets that width, taken from the columns that have room to spare, in proportion to their spare
 * room. A column never claims more than {@link #MOST} of the table (a 64-digit hash still breaks), and when the
 * columns cannot all fit, the table keeps its proportions and only the shortfall breaks.
 */
final class ColumnFit {
    /** Left and right padding plus the border of a cell ({@link Blocks}). */
    static final float CELL_EXTRA = 3 + 3 + 1;

    static final float MOST = 0.45f;

    private final float[] relative;
    private final float[] widest;
    private int cells;

    ColumnFit(float[] relative) {
        this.relative = relative.clone();
        this.widest = new float[relative.length];
    }

    /** Notes the next cell's text, in the font it is shown in. */
    void measure(String text, Font font) {
        int column = cells++ % relative.length;
        widest[column] = Math.max(widest[column], widestPiece(text, font));
    }

    /** The width of the widest piece of text a line cannot break. */
    static float widestPiece(String text, Font font) {
        float widest = 0;
        for (String piece : text.split("\\s+|(?<=[@/_,])|(?<=-)(?=\\D)|(?<=\\.\\.)")) {
            widest = Math.max(widest, font.getBaseFont().getWidthPoint(piece, font.getSize()));
        }
        return widest;
    }

    /** Sets the table's widths for a table {@code total} points wide. */
    void apply(PdfPTable table, float total) {
        table.setWidths(widths(relative, widest, total));
    }

    /** The absolute widths: the relative ones, widened where a column's widest piece needs it. */
    static float[] widths(float[] relative, float[] widest, float total) {
        float sum = 0;
        for (float r : relative) {
            sum += r;
        }
        float[] widths = new float[relative.length];
        float[] needed = new float[relative.length];
        float neededSum = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = total * relative[i] / sum;
            needed[i] = widest[i] == 0 ? 0 : Math.min(widest[i] + CELL_EXTRA + 0.5f, total * MOST);
            neededSum += needed[i];
        }
        float missing = 0;
        float spare = 0;
        for (int i = 0; i < widths.length; i++) {
            missing += Math.max(0, needed[i] - widths[i]);
            spare += Math.max(0, widths[i] - needed[i]);
        }
        if (neededSum > total || missing <= 0) {
            return widths;
        }
        // spare >= missing because the needed widths fit: each roomy column gives the same share of its spare room
        float share = missing / spare;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = widths[i] < needed[i] ? needed[i] : widths[i] - (widths[i] - needed[i]) * share;
        }
        return widths;
    }
}
