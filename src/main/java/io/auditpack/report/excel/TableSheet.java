package io.auditpack.report.excel;

import io.auditpack.report.data.FormulaGuard;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One table laid out on a sheet: a bold, frozen header row with fixed column widths (in characters), rows appended
 * top-down, an autofilter over the table when {@link #finish()} is called, landscape printing one page wide.
 * Every text goes through {@code setCellValue(String)}, so it is never a formula.
 * <p>
 * Excel holds {@value #MAX_ROWS} rows a sheet: a table with more data rows continues on a sheet named
 * {@code <name> (2)} (then {@code (3)} ...) with the same header, rather than being cut short.
 */
final class TableSheet {
    /** Rows a sheet holds, header included (Excel 2007+). */
    static final int MAX_ROWS = 1_048_576;

    private final SXSSFWorkbook workbook;
    private final Styles styles;
    private final String name;
    private final List<String> header;
    private final List<Integer> widths;
    private final int columns;
    private final int maxRows;
    private Sheet sheet;
    private int sheets;
    private int nextRow;

    TableSheet(SXSSFWorkbook workbook, Styles styles, String name, List<String> header, List<Integer> widths) {
        this(workbook, styles, name, header, widths, MAX_ROWS);
    }

    /** A table whose sheets hold at most {@code maxRows} rows each (header included): tests use a small number. */
    TableSheet(SXSSFWorkbook workbook, Styles styles, String name, List<String> header, List<Integer> widths,
            int maxRows) {
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
        startSheet();
    }

    private void startSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
        nextRow = 0;
        RowWriter top = new RowWriter(sheet.createRow(nextRow++));
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, Math.min(255, widths.get(i)) * 256);
            top.styled(header.get(i), styles.header);
        }
        sheet.createFreezePane(0, 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    RowWriter row() {
        if (nextRow == maxRows) {
            finish();
            startSheet();
        }
        return new RowWriter(sheet.createRow(nextRow++));
    }

    /**
     * Puts the autofilter over the header and every row written so far on the current sheet (earlier sheets of a
     * long table got theirs when they filled up); rows written later sit outside it.
     */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, columns - 1));
    }

    /** Appends one cell after another to a row; empty text leaves the cell blank. */
    final class RowWriter {
        private final Row row;
        private int column;

        private RowWriter(Row row) {
            this.row = row;
        }

        RowWriter text(String value) {
            if (value == null || value.isEmpty()) {
                column++;
                return this;
            }
            return styled(value, FormulaGuard.looksLikeFormula(value) ? styles.quoted : styles.text);
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
            Cell cell = row.createCell(column++);
            cell.setCellValue(value);
            cell.setCellStyle(styles.integer);
            return this;
        }

        RowWriter decimal(BigDecimal value) {
            Cell cell = row.createCell(column++);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.decimal);
            return this;
        }

        RowWriter date(LocalDate value) {
            if (value == null) {
                column++;
                return this;
            }
            Cell cell = row.createCell(column++);
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
            return this;
        }

        /** Text linking to a file relative to the workbook's folder. */
        RowWriter link(String value, String relativeAddress) {
            if (relativeAddress == null || relativeAddress.isEmpty()) {
                return text(value);
            }
            Cell cell = row.createCell(column++);
            cell.setCellValue(fit(value));
            Hyperlink hyperlink = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
            hyperlink.setAddress(relativeAddress);
            cell.setHyperlink(hyperlink);
            cell.setCellStyle(styles.link);
            return this;
        }

        /** Text when present, else a number: for table cells that carry digits as text (priority, line). */
        RowWriter numberOrText(String value) {
            return value.matches("\\d{1,15}") ? number(Long.parseLong(value)) : text(value);
        }

        private RowWriter styled(String value, CellStyle style) {
            Cell cell = row.createCell(column++);
            cell.setCellValue(fit(value));
            cell.setCellStyle(style);
            return this;
        }
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
