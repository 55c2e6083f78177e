package io.auditpack.report.data;

import java.util.List;

/**
 * A header and rows of cell texts, rendered once and written by several writers (a CSV file and a workbook sheet).
 * Cells are raw text: each writer applies its own formula protection.
 */
public record Table(List<String> header, List<List<String>> rows) {
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, header " + header.size());
            }
        }
    }
}
