package io.auditpack.report.data;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one {@link Table} as RFC 4180 CSV: UTF-8 without BOM, CRLF record separators (what RFC 4180 and Excel
 * expect), quotes only where needed, every cell passed through {@link FormulaGuard#neutralise}.
 */
public final class CsvTableWriter implements ReportWriter {
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final String path;
    private final Function<PackContext, Table> table;

    public CsvTableWriter(String path, Function<PackContext, Table> table) {
        this.path = Objects.requireNonNull(path, "path must not be null");
        this.table = Objects.requireNonNull(table, "table must not be null");
    }

    /** {@code data/findings.csv}: the validation findings in result order. */
    public static CsvTableWriter findings() {
        return new CsvTableWriter("data/findings.csv", context -> FindingTable.of(context.result()));
    }

    /** {@code data/gaps.csv}: the remediation plan, one row per gap in priority order. */
    public static CsvTableWriter gaps() {
        return new CsvTableWriter(
                "data/gaps.csv",
                context -> GapTable.of(context.result(), context.report().tracking()));
    }

    /** {@code data/requests.csv}: the auditor's request list with the pack's answers (header only when none). */
    public static CsvTableWriter requests() {
        return new CsvTableWriter(
                "data/requests.csv", context -> RequestTable.of(context.report().tracking()));
    }

    /** {@code data/populations.csv}: each population with its completeness facts and counts. */
    public static CsvTableWriter populations() {
        return new CsvTableWriter(
                "data/populations.csv",
                context -> PopulationTable.of(context.report().testing()));
    }

    /** {@code data/test-sheet.csv}: the test sheet (header only for packages audited without sampling). */
    public static CsvTableWriter testSheet() {
        return new CsvTableWriter(
                "data/test-sheet.csv",
                context -> TestSheetTable.of(
                        context.report().testing().items(), context.result().evidence()));
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public void write(PackContext context, OutputStream out) throws IOException {
        Table rendered = table.apply(context);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(rendered.header());
        for (List<String> row : rendered.rows()) {
            printer.printRecord(row.stream().map(FormulaGuard::neutralise).toList());
        }
        printer.flush();
    }
}
