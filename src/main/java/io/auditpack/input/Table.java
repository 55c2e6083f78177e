package io.auditpack.input;

import io.auditpack.domain.Finding;
import io.auditpack.domain.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A table as read from a CSV file or a workbook sheet: the file name as the user knows it, the header (trimmed, as
 * written) and the data rows with their line numbers. Header names match case-insensitively.
 */
record Table(String file, long headerLine, List<String> header, Iterable<Row> rows, ColumnIndex index) {
    /** The most characters an Excel cell holds; the pack's workbook carries every cell, so no cell may be longer. */
    static final int MAX_CELL = 32_767;
    /** Excel holds 16,384 columns a sheet; the workbook's sheets put the extra columns after their own. */
    static final int MAX_COLUMNS = 16_000;

    Table {
        header = List.copyOf(header);
        if (rows instanceof List<Row> list) {
            rows = List.copyOf(list);
        }
    }

    /**
     * Builds a table from raw cells: header names are trimmed, blank data rows dropped; a duplicate header name or
     * a value under a blank header name is an error. Returns null when the header itself is unusable.
     */
    static @Nullable Table of(String file, long headerLine, List<String> rawHeader, List<Row> rawRows, FindingLog log) {
        List<String> header = rawHeader.stream().map(Trimmed::of).toList();
        if (tooManyColumns(file, headerLine, header, log)) {
            return null;
        }
        boolean usable = usableHeader(file, headerLine, header, log);
        List<Row> rows = new ArrayList<>();
        for (Row row : rawRows) {
            if (keep(file, header, row, log)) {
                rows.add(row);
            }
        }
        return usable ? new Table(file, headerLine, header, rows, index(header)) : null;
    }

    /**
     * A table whose rows come from {@code source} as they are iterated, with the same checks as {@link #of} made
     * row by row (blank rows dropped, a value under a blank header name reported). Iterate its rows once. The
     * header must be usable (no duplicate names): callers check that first.
     */
    static Table streamed(String file, long headerLine, List<String> rawHeader, Iterable<Row> source, FindingLog log) {
        List<String> header = rawHeader.stream().map(Trimmed::of).toList();
        if (hasDuplicateNames(header)) {
            throw new IllegalArgumentException(file + ": duplicate column names; read it with Table.of");
        }
        Iterable<Row> rows = () -> new LookAhead<>() {
            private final java.util.Iterator<Row> raw = source.iterator();

            @Override
            protected @Nullable Row advance() {
                while (raw.hasNext()) {
                    Row row = raw.next();
                    if (keep(file, header, row, log)) {
                        return row;
                    }
                }
                return null;
            }
        };
        return new Table(file, headerLine, header, rows, index(header));
    }

    /** Whether two non-blank header names are equal ignoring case (an error {@link #of} reports). */
    static boolean hasDuplicateNames(List<String> header) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return header.stream()
                .map(Trimmed::of)
                .filter(h -> !h.isEmpty())
                .anyMatch(h -> !seen.add(h.toLowerCase(Locale.ROOT)));
    }

    private static ColumnIndex index(List<String> header) {
        return new ColumnIndex(header);
    }

    /** Reports a header wider than {@link #MAX_COLUMNS}; true when it is. */
    static boolean tooManyColumns(String file, long headerLine, List<String> header, FindingLog log) {
        if (header.size() <= MAX_COLUMNS) {
            return false;
        }
        log.add(Finding.error(
                "input.too_many_columns",
                new SourceRef(file, headerLine),
                "",
                String.valueOf(header.size()),
                "the header has " + header.size() + " columns; accepted: at most " + MAX_COLUMNS
                        + " (an Excel sheet holds 16,384, and the pack's workbook carries every column)"));
        return true;
    }

    private static boolean usableHeader(String file, long headerLine, List<String> header, FindingLog log) {
        SourceRef at = new SourceRef(file, headerLine);
        Map<String, Integer> seen = new HashMap<>();
        boolean usable = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!name.isEmpty() && seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i) != null) {
                log.add(Finding.error(
                        "input.duplicate_column",
                        at,
                        name,
                        Shown.value(name),
                        "column \"" + name + "\" appears twice in the header; each column name must be unique"));
                usable = false;
            }
        }
        return usable;
    }

    /** False for a blank row (dropped); reports a value under a blank header name. */
    private static boolean keep(String file, List<String> header, Row row, FindingLog log) {
        if (row.blank()) {
            return false;
        }
        reportTooLong(file, row, header, log);
        for (int i : row.filled()) {
            if (i >= header.size() || header.get(i).isEmpty()) {
                String where = row.cellRef(i).isEmpty() ? "field " + (i + 1) : "cell " + row.cellRef(i);
                log.add(Finding.error(
                        "input.blank_header",
                        new SourceRef(file, row.line()),
                        "",
                        Shown.value(row.value(i)),
                        where + " has a value but its column has no header name; name the column in the header "
                                + "row or delete the value"));
                break;
            }
        }
        return true;
    }

    /** Reports each cell of the row longer than {@link #MAX_CELL} (the row is kept: the error stops the run). */
    private static void reportTooLong(String file, Row row, List<String> header, FindingLog log) {
        for (int i : row.filled()) {
            String value = row.value(i);
            if (value.length() > MAX_CELL) {
                String column = i < header.size() && !header.get(i).isEmpty() ? header.get(i) : "field " + (i + 1);
                String cell = row.cellRef(i).isEmpty() ? "" : "cell " + row.cellRef(i) + ": ";
                log.add(Finding.error(
                        "input.cell_too_long",
                        new SourceRef(file, row.line()),
                        column,
                        Shown.value(value),
                        cell + "the cell holds " + value.length() + " characters; accepted: at "
                                + "most " + MAX_CELL + " characters (the most an Excel cell holds: the pack's "
                                + "workbook carries every cell); keep long text in an evidence file"));
            }
        }
    }

    /** Index of a column by name (case-insensitive), or -1; the first of equal names. */
    int column(String name) {
        return index.of(name);
    }

    /** The columns the contract does not name, as written, in file order. */
    List<String> extraColumns(Set<String> known) {
        return header.stream()
                .filter(h -> !h.isEmpty() && !known.contains(h.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The values of the given extra columns in one row, in the columns' order. */
    Map<String, String> extraValues(Row row, List<String> extraColumns) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (String name : extraColumns) {
            extra.put(name, row.value(column(name)));
        }
        return extra;
    }

    /**
     * Reports each required column that is absent (with a did-you-mean among the present ones); true when all are
     * present.
     */
    boolean requireColumns(List<String> required, FindingLog log) {
        boolean complete = true;
        for (String name : required) {
            if (column(name) < 0) {
                String hint = Suggestions.didYouMean(
                        name, header.stream().filter(h -> !h.isEmpty()).toList());
                log.add(Finding.error(
                        "input.missing_column",
                        new SourceRef(file, headerLine),
                        name,
                        "",
                        "required column \"" + name + "\" is missing" + hint + "; required columns: "
                                + String.join(", ", required) + "; header has: " + String.join(", ", header)));
                complete = false;
            }
        }
        return complete;
    }
}
