package io.auditpack.input;

import java.util.List;

/**
 * One data row of a table: its line (CSV: first physical line; workbook: Excel row number), its trimmed values in
 * header order and, for a workbook, each value's cell reference ({@code C7}); empty for CSV.
 */
record Row(long line, List<String> values, List<String> cellRefs) {
    Row {
        values = List.copyOf(values);
        cellRefs = List.copyOf(cellRefs);
    }

    String value(int index) {
        return index >= 0 && index < values.size() ? values.get(index) : "";
    }

    /** The cell reference of a column, or an empty string (CSV, or no such cell). */
    String cellRef(int index) {
        return index >= 0 && index < cellRefs.size() ? cellRefs.get(index) : "";
    }

    boolean blank() {
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
