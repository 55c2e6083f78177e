package io.auditpack.input;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.apache.poi.ss.util.CellReference;

/**
 * One data row of a table: its line (CSV: first physical line; workbook: Excel row number), its trimmed values in
 * header order and, for a workbook, each value's cell reference ({@code C7}); empty for CSV. A workbook row is
 * {@link #sparse}: it holds only the cells that have a value, so a row with one cell in column 15,000 costs one cell,
 * not 15,000 ({@link #filled()} lists the columns that have a value).
 */
record Row(long line, List<String> values, List<String> cellRefs) {
    Row {
        if (!(values instanceof Sparse)) {
            values = List.copyOf(values);
        }
        if (!(cellRefs instanceof ExcelRefs)) {
            cellRefs = List.copyOf(cellRefs);
        }
    }

    /**
     * A workbook row: the values (non-empty, trimmed) at the given ascending column indexes; every other column is
     * blank. Cell references are made on demand from the Excel row index.
     */
    static Row sparse(long line, int excelRow, int[] columns, String[] values, int width) {
        int size = Math.max(width, columns.length == 0 ? 0 : columns[columns.length - 1] + 1);
        return new Row(line, new Sparse(columns, values, size), new ExcelRefs(excelRow, size));
    }

    String value(int index) {
        return index >= 0 && index < values.size() ? values.get(index) : "";
    }

    /** The cell reference of a column, or an empty string (CSV, or no such cell). */
    String cellRef(int index) {
        return index >= 0 && index < cellRefs.size() ? cellRefs.get(index) : "";
    }

    /** The indexes of the columns that have a value, ascending (linear in the cells present). */
    int[] filled() {
        if (values instanceof Sparse sparse) {
            return sparse.columns.clone();
        }
        int[] filled = new int[values.size()];
        int n = 0;
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                filled[n++] = i;
            }
        }
        return Arrays.copyOf(filled, n);
    }

    boolean blank() {
        if (values instanceof Sparse sparse) {
            return sparse.columns.length == 0;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Values at a few columns of a wide row; blank elsewhere. Immutable. */
    private static final class Sparse extends AbstractList<String> implements RandomAccess {
        private final int[] columns;
        private final String[] values;
        private final int size;

        Sparse(int[] columns, String[] values, int size) {
            this.columns = columns.clone();
            this.values = values.clone();
            this.size = size;
        }

        @Override
        public String get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            int at = Arrays.binarySearch(columns, index);
            return at >= 0 ? values[at] : "";
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The cell references of one Excel row ({@code A7}, {@code B7}...), made when asked for. */
    private static final class ExcelRefs extends AbstractList<String> implements RandomAccess {
        private final int row;
        private final int size;

        ExcelRefs(int row, int size) {
            this.row = row;
            this.size = size;
        }

        @Override
        public String get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return CellReference.convertNumToColString(index) + (row + 1);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
