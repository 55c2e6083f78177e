package io.auditpack.report.excel;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.util.ArrayList;
import java.util.List;

/**
 * A table too long for one sheet: rows go to {@code Name}, and when it holds as many rows as a sheet can
 * (1,048,576 with the header) they continue on {@code Name (2)}, {@code Name (3)} ..., each with the same header,
 * widths and layout. Nothing is ever truncated.
 */
final class SheetSeries {
    /** Rows per sheet in the .xlsx format, the header included. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private final SXSSFWorkbook workbook;
    private final Styles styles;
    private final String name;
    private final List<String> header;
    private final List<Integer> widths;
    private final int maxRows;
    private final List<TableSheet> sheets = new ArrayList<>();

    SheetSeries(SXSSFWorkbook workbook, Styles styles, String name, List<String> header, List<Integer> widths) {
        this(workbook, styles, name, header, widths, MAX_ROWS);
    }

    /** With a smaller row limit, for tests. */
    SheetSeries(SXSSFWorkbook workbook, Styles styles, String name, List<String> header, List<Integer> widths,
            int maxRows) {
        if (maxRows < 2) {
            throw new IllegalArgumentException("a sheet needs room for the header and one row");
        }
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.header = List.copyOf(header);
        this.widths = List.copyOf(widths);
        this.maxRows = maxRows;
        sheets.add(new TableSheet(workbook, styles, name, header, widths));
    }

    /** The name of the n-th sheet (from 1): {@code Evidence}, {@code Evidence (2)} ... */
    static String name(String base, int n) {
        return n == 1 ? base : base + " (" + n + ")";
    }

    TableSheet.RowWriter row() {
        TableSheet current = sheets.get(sheets.size() - 1);
        if (current.rows() >= maxRows) {
            current = new TableSheet(workbook, styles, name(name, sheets.size() + 1), header, widths);
            sheets.add(current);
        }
        return current.row();
    }

    void finish() {
        sheets.forEach(TableSheet::finish);
    }
}
