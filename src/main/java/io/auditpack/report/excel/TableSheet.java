package io.auditpack.report.excel;

import io.auditpack.report.data.FormulaGuard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * One table laid out on a sheet: the workbook's one header style (bold on grey) in a frozen header row, rows
 * appended top-down, an autofilter over the table when {@link #finish()} is called; printed landscape on A4, one
 * page wide, the header row repeated on every page. Column widths (in characters) fit the header's text and the
 * longest text written in the column, between {@value #NARROWEST} and {@value #WIDEST} characters: SXSSF cannot
 * autosize a streamed column, so the widths are computed from the text as it is written and set when the sheet is
 * complete. The widths a sheet passes in are only the starting widths while rows are written.
 * Rows are written as XML directly ({@link RowXml}); every text is an inline string, so it is never a formula.
 * <p>
 * Excel holds {@value #MAX_ROWS} rows a sheet: a table with more data rows continues on a sheet named
 * {@code <name> (2)} (then {@code (3)} ...) with the same header, rather than being cut short.
 * <p>
 * A large table can be written in two passes instead ({@link #deferred}): the same rows are produced twice, first to
 * lay the sheets out (sheets, shared words, hyperlinks, dimensions, autofilters: everything that goes into the
 * workbook before the rows), then, while the workbook is written, as XML streamed into the sheet's entry ({@link
 * DeferredRows}). The rows then take no temporary file and are made on one thread while another compresses them.
 */
final class TableSheet {
    /** Rows a sheet holds, header included (Excel 2007+). */
    static final int MAX_ROWS = 1_048_576;

    /** What writing a row does: everything at once, or one of the two passes of a deferred table. */
    private enum Mode {
        /** Sheets, words, links and the rows' XML into the sheets' temporary files. */
        DIRECT,
        /** Sheets, words and links; no XML. */
        LAYOUT,
        /** The rows' XML only, into the sheets laid out by the first pass, their words already shared. */
        ROWS
    }

    private final Mode mode;
    private final List<SXSSFSheet> sheetsOfTable = new ArrayList<>();
    private final java.util.function.@Nullable IntFunction<RowXml> replayTargets;
    private final StreamingWorkbook workbook;
    private final Styles styles;
    private final String name;
    private final List<String> header;
    private final List<Integer> widths;
    private final int columns;
    private final int maxRows;
    private @Nullable SXSSFSheet sheet;
    private @Nullable XSSFSheet layout;
    private RowXml xml;
    private @Nullable RowWriter open;
    private int sheets;
    private int nextRow;
    private int[] longest;

    /** The narrowest and widest column, in characters. */
    static final int NARROWEST = 6;

    static final int WIDEST = 60;

    TableSheet(StreamingWorkbook workbook, Styles styles, String name, List<String> header, List<Integer> widths) {
        this(workbook, styles, name, header, widths, MAX_ROWS);
    }

    /** A table whose sheets hold at most {@code maxRows} rows each (header included): tests use a small number. */
    TableSheet(
            StreamingWorkbook workbook,
            Styles styles,
            String name,
            List<String> header,
            List<Integer> widths,
            int maxRows) {
        this(workbook, styles, name, header, widths, maxRows, Mode.DIRECT, null);
    }

    /**
     * A table written in two passes: {@code layout} is run now to lay the sheets out, then {@code rows} on a thread of
     * its own while the workbook is written, its XML streamed into the sheets' entries. Both make the same rows, with
     * the same words, links and dates, and {@link #finish()} them; {@code layout} may give a text cell as only the
     * length of its longest line ({@link RowWriter#laidOut}), which is all a layout keeps of a text, and so need not
     * make the texts.
     */
    static void deferred(
            StreamingWorkbook workbook,
            Styles styles,
            String name,
            List<String> header,
            List<Integer> widths,
            int maxRows,
            Consumer<TableSheet> layout,
            Consumer<TableSheet> rows) {
        TableSheet first = new TableSheet(workbook, styles, name, header, widths, maxRows, Mode.LAYOUT, null);
        layout.accept(first);
        List<SXSSFSheet> sheets = List.copyOf(first.sheetsOfTable);
        workbook.defer(sheets, targets -> {
            TableSheet replay =
                    new TableSheet(workbook, styles, name, header, widths, maxRows, Mode.ROWS, targets::get);
            rows.accept(replay);
            replay.complete();
            if (replay.sheets != sheets.size()) {
                throw new IllegalStateException(name + ": the rows made " + replay.sheets + " sheets, then "
                        + sheets.size() + "; a deferred table must produce the same rows twice");
            }
        });
    }

    private TableSheet(
            StreamingWorkbook workbook,
            Styles styles,
            String name,
            List<String> header,
            List<Integer> widths,
            int maxRows,
            Mode mode,
            java.util.function.@Nullable IntFunction<RowXml> replayTargets) {
        this.mode = mode;
        this.replayTargets = replayTargets;
        if (header.size() != widths.size()) {
            throw new IllegalArgumentException("one width per column: " + name);
        }
        if (maxRows < 2 || maxRows > MAX_ROWS) {
            throw new IllegalArgumentException("a sheet holds 2 to " + MAX_ROWS + " rows: " + maxRows);
        }
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.header = List.copyOf(header);
        this.widths = List.copyOf(widths);
        this.columns = header.size();
        this.maxRows = maxRows;
        if (mode != Mode.ROWS) {
            workbook.register(this);
        }
        startSheet();
    }

    private void startSheet() {
        sheets++;
        nextRow = 0;
        longest = new int[columns];
        if (mode == Mode.ROWS) {
            xml = Objects.requireNonNull(replayTargets).apply(sheets - 1);
        } else {
            sheet = workbook.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
            sheetsOfTable.add(sheet);
            layout = workbook.layout(sheet);
            xml = mode == Mode.DIRECT ? workbook.rows(sheet) : RowXml.NOWHERE;
            lay(sheet, widths);
        }
        RowWriter top = openRow();
        for (String title : header) {
            top.styled(title, styles.header);
        }
    }

    /** Column widths, a frozen header row, landscape printing one page wide with the header on every page. */
    private static void lay(SXSSFSheet sheet, List<Integer> widths) {
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, Math.min(255, widths.get(i)) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setPrintGridlines(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, widths.size() - 1));
    }

    /** The next row; the row returned before it is complete. */
    RowWriter row() {
        if (nextRow == maxRows) {
            finish();
            complete();
            startSheet();
        }
        return openRow();
    }

    private RowWriter openRow() {
        closeRow();
        xml.startRow(nextRow);
        open = new RowWriter(nextRow++);
        return open;
    }

    private void closeRow() {
        if (open != null) {
            xml.endRow();
            open = null;
        }
    }

    /**
     * Puts the autofilter over the header and every row written so far on the current sheet (earlier sheets of a
     * long table got theirs when they filled up); rows written later sit outside it.
     */
    void finish() {
        if (mode != Mode.ROWS) {
            Objects.requireNonNull(sheet).setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, columns - 1));
        }
    }

    /**
     * Ends the current sheet's last row and gives the sheet its dimension: done before the workbook is written (in
     * the second pass of a deferred table: ends the sheet's rows).
     */
    void complete() {
        closeRow();
        if (mode == Mode.ROWS) {
            xml.close();
            return;
        }
        SXSSFSheet current = Objects.requireNonNull(sheet);
        for (int i = 0; i < columns; i++) {
            current.setColumnWidth(i, width(header.get(i), longest[i]) * 256);
        }
        Objects.requireNonNull(layout).setDimensionOverride(new CellRangeAddress(0, nextRow - 1, 0, columns - 1));
    }

    /** Appends one cell after another to a row; empty text leaves the cell blank. */
    final class RowWriter {
        private final int index;
        private int column;

        private RowWriter(int index) {
            this.index = index;
        }

        RowWriter text(String value) {
            if (value == null || value.isEmpty()) {
                return skip(1);
            }
            return styled(value, FormulaGuard.looksLikeFormula(value) ? styles.quoted : styles.text);
        }

        /**
         * Text that repeats down the column (a control ID, a type, yes/no, a slice, a source): kept once in the
         * workbook's shared strings when it can be, else written as {@link #text}.
         */
        RowWriter word(String value) {
            if (value == null || value.isEmpty() || FormulaGuard.looksLikeFormula(value)) {
                return text(value);
            }
            int index = mode == Mode.ROWS ? workbook.sharedIndex(value) : workbook.shared(value);
            if (index < 0) {
                return text(value);
            }
            note(column, value.length());
            current().shared(column++, index, styles.text.getIndex());
            return this;
        }

        /**
         * In the layout pass of a deferred table: a text cell given by the length of its longest line ({@link
         * io.auditpack.domain.EvidenceOutline#longestLine}), what {@link #text} would keep of it there (0: blank).
         */
        RowWriter laidOut(int longestLine) {
            if (mode != Mode.LAYOUT) {
                throw new IllegalStateException(name + ": a text's length stands for the text only in a layout pass");
            }
            current();
            note(column++, longestLine);
            return this;
        }

        /** Leaves {@code n} cells blank. */
        RowWriter skip(int n) {
            column += n;
            return this;
        }

        RowWriter status(String word) {
            return word == null || word.isEmpty() ? text(word) : styled(word, styles.status(word));
        }

        RowWriter number(long value) {
            note(column, Long.toString(value).length());
            current().number(column++, Long.toString(value), styles.integer.getIndex());
            return this;
        }

        RowWriter decimal(BigDecimal value) {
            note(column, value.stripTrailingZeros().toPlainString().length() + 2);
            current().number(column++, value.stripTrailingZeros().toPlainString(), styles.decimal.getIndex());
            return this;
        }

        RowWriter date(@Nullable LocalDate value) {
            if (value == null) {
                return skip(1);
            }
            note(column, 10);
            current().date(column++, value, styles.date.getIndex());
            return this;
        }

        /** Text linking to a file relative to the workbook's folder. */
        RowWriter link(String value, String relativeAddress) {
            if (relativeAddress == null || relativeAddress.isEmpty()) {
                return text(value);
            }
            if (mode != Mode.ROWS) {
                XSSFHyperlink hyperlink =
                        (XSSFHyperlink) workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
                hyperlink.setAddress(relativeAddress);
                hyperlink.setCellReference(RowXml.column(column) + (index + 1));
                Objects.requireNonNull(layout).addHyperlink(hyperlink);
            }
            return styled(value, styles.link);
        }

        /** Text when present, else a number: for table cells that carry digits as text (priority, line). */
        RowWriter numberOrText(String value) {
            return value.matches("\\d{1,15}") ? number(Long.parseLong(value)) : text(value);
        }

        private RowWriter styled(String value, CellStyle style) {
            if (style != styles.header) {
                note(column, longestLine(value));
            }
            current().text(column++, fit(value), style.getIndex());
            return this;
        }

        /**
         * The sheet's row writer, once this row is sure to be the open one and the column fits the table (in the
         * layout pass of a deferred table, {@link RowXml#NOWHERE}).
         */
        private RowXml current() {
            if (open != this) {
                throw new IllegalStateException("row " + (index + 1) + " of " + name + " is complete");
            }
            if (column >= columns) {
                throw new IllegalStateException(name + " has " + columns + " columns");
            }
            return xml;
        }
    }

    /**
     * A column's width in characters: the header's text in bold with room for the filter button, and the longest
     * value, between {@value #NARROWEST} and {@value #WIDEST} (the header always fits).
     */
    static int width(String header, int longestValue) {
        int forHeader = (int) Math.ceil(header.length() * 1.15) + 3;
        int forValues = Math.min(longestValue + 2, WIDEST);
        return Math.min(255, Math.max(NARROWEST, Math.max(forHeader, forValues)));
    }

    private void note(int column, int length) {
        if (column < columns && column >= 0) {
            longest[column] = Math.max(longest[column], length);
        }
    }

    private static int longestLine(String value) {
        int longest = 0;
        int start = 0;
        for (int end = value.indexOf('\n'); end >= 0; end = value.indexOf('\n', start)) {
            longest = Math.max(longest, end - start);
            start = end + 1;
        }
        return Math.max(longest, value.length() - start);
    }

    /** The most characters one cell holds. */
    static final int MAX_CELL_TEXT = 32_767;

    /**
     * Text that fits one cell: unchanged, or cut and ended with {@code ... [cut: N characters]} (a longer text would
     * make POI refuse the cell).
     */
    static String fit(String value) {
        if (value.length() <= MAX_CELL_TEXT) {
            return value;
        }
        String note = " ... [cut: " + value.length() + " characters]";
        return value.substring(0, MAX_CELL_TEXT - note.length()) + note;
    }
}
