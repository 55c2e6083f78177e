package io.auditpack.report.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The input's own extra columns, carried after a sheet's standard columns in file order. */
record ExtraColumns(List<String> names) {
    private static final int WIDTH = 20;

    ExtraColumns {
        names = List.copyOf(names);
    }

    List<String> header(List<String> standard) {
        List<String> header = new ArrayList<>(standard);
        header.addAll(names);
        return header;
    }

    List<Integer> widths(List<Integer> standard) {
        List<Integer> widths = new ArrayList<>(standard);
        names.forEach(name -> widths.add(WIDTH));
        return widths;
    }

    void write(TableSheet.RowWriter row, Map<String, String> values) {
        names.forEach(name -> row.text(values.getOrDefault(name, "")));
    }

    /** {@link #write} in a layout pass, from the values' longest lines ({@link TableSheet.RowWriter#laidOut}). */
    void layOut(TableSheet.RowWriter row, Map<String, Integer> longestLines) {
        names.forEach(name -> row.laidOut(longestLines.getOrDefault(name, 0)));
    }
}
