package io.auditpack.input;

import io.auditpack.domain.Finding;
import io.auditpack.domain.Severity;
import io.auditpack.domain.SourceRef;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cells of one row by column name and reports what is wrong with them, naming the file, the line, the
 * column, the value and (in a workbook) the cell. {@link #failed()} tells whether the row had an error.
 */
final class Cells {
    /** Exactly {@code YYYY-MM-DD}: a four-digit year without sign (no {@code +10000-01-01}), a real day. */
    static final DateTimeFormatter ISO_DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter()
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);
    /** Valid dates already parsed: catalogs repeat a few thousand dates over millions of rows. */
    private static final Map<String, LocalDate> DATES = new ConcurrentHashMap<>();

    private static final int MAX_DATES = 100_000;

    private final Table table;
    private final Row row;
    private final FindingLog log;
    private boolean failed;

    Cells(Table table, Row row, FindingLog log) {
        this.table = table;
        this.row = row;
        this.log = log;
    }

    SourceRef at() {
        return new SourceRef(table.file(), row.line());
    }

    boolean failed() {
        return failed;
    }

    /** The trimmed value of a column; empty when blank or when the column is absent. */
    String text(String column) {
        return row.value(table.column(column));
    }

    /** The value of a required column; reports {@code input.missing_value} and returns null when blank. */
    @Nullable
    String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            error("input.missing_value", column, "", column + " is required and must not be blank");
            return null;
        }
        return value;
    }

    /** A strict ISO date ({@code 2026-03-31}); null when blank; reports {@code input.bad_date} when impossible. */
    @Nullable
    LocalDate date(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        LocalDate known = DATES.get(value);
        if (known != null) {
            return known;
        }
        try {
            LocalDate date = LocalDate.parse(value, ISO_DATE);
            if (DATES.size() < MAX_DATES) {
                DATES.put(value, date);
            }
            return date;
        } catch (DateTimeParseException e) {
            error(
                    "input.bad_date",
                    column,
                    value,
                    "not a valid date; accepted: an existing calendar day written YYYY-MM-DD, e.g. 2026-03-31");
            return null;
        }
    }

    /** A word from a fixed vocabulary, case-insensitive; null when blank; reports {@code input.bad_value}. */
    <E> @Nullable E word(String column, List<String> accepted, Function<String, Optional<E>> lookup) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        Optional<E> found = lookup.apply(value);
        if (found.isEmpty()) {
            error(
                    "input.bad_value",
                    column,
                    value,
                    "unknown " + column + "; accepted: " + String.join(", ", accepted)
                            + Suggestions.didYouMean(value, accepted));
            return null;
        }
        return found.get();
    }

    /** yes / no (case-insensitive); {@code fallback} when blank; reports {@code input.bad_value}. */
    boolean yesNo(String column, boolean fallback) {
        Boolean value = word(column, List.of("yes", "no"), w -> switch (w.toLowerCase(java.util.Locale.ROOT)) {
            case "yes" -> Optional.of(Boolean.TRUE);
            case "no" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        });
        return value == null ? fallback : value;
    }

    /** A {@code ;}-separated list, items trimmed, blank and repeated items dropped. */
    List<String> list(String column) {
        return Arrays.stream(text(column).split(";"))
                .map(Trimmed::of)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    void error(String code, String column, String value, String message) {
        failed = true;
        add(Severity.ERROR, code, column, value, message);
    }

    void warning(String code, String column, String value, String message) {
        add(Severity.WARNING, code, column, value, message);
    }

    private void add(Severity severity, String code, String column, String value, String message) {
        String cell = row.cellRef(table.column(column));
        String text = cell.isEmpty() ? message : "cell " + cell + ": " + message;
        log.add(new Finding(severity, code, table.file(), row.line(), column, Shown.value(value), text));
    }
}
