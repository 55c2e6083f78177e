package io.auditpack.report.excel;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import io.auditpack.report.data.FindingTable;
import io.auditpack.report.data.GapTable;
import io.auditpack.report.data.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * Writes {@code data/crosswalk.xlsx} with POI SXSSF, rows streamed as XML ({@link TableSheet}), the sheets of
 * {@link WorkbookLayout} for the package type, documented in docs/reports.md. The core properties' created and modified dates are the as-of
 * date at 00:00 UTC, so the same context always gives the same bytes.
 */
public final class CrosswalkWorkbookWriter implements ReportWriter {
    private static final List<Integer> GAP_WIDTHS = List.of(9, 16, 28, 11, 12, 14, 20, 70, 12, 12, 9, 20, 40);
    private static final List<Integer> FINDING_WIDTHS = List.of(9, 32, 24, 8, 18, 24, 80);

    @Override
    public String path() {
        return "data/crosswalk.xlsx";
    }

    @Override
    public void write(PackContext context, OutputStream out) throws IOException {
        StreamingWorkbook workbook = new StreamingWorkbook();
        try {
            Styles styles = new Styles(workbook);
            for (WorkbookLayout.Sheet sheet :
                    WorkbookLayout.sheets(context.result().job().packageType())) {
                sheet.writer().write(workbook, styles, context);
            }
            stamp(workbook, context);
            workbook.write(CloseShieldOutputStream.wrap(out));
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** Sheet {@code Gaps}: the remediation plan, one row per gap in priority order (as data/gaps.csv). */
    static void gaps(StreamingWorkbook workbook, Styles styles, PackContext context) {
        table(
                workbook,
                styles,
                "Gaps",
                GapTable.of(context.result(), context.report().tracking()),
                GAP_WIDTHS,
                0);
    }

    /** Sheet {@code Findings}: every validation finding (as data/findings.csv). */
    static void findings(StreamingWorkbook workbook, Styles styles, PackContext context) {
        table(workbook, styles, "Findings", FindingTable.of(context.result()), FINDING_WIDTHS, 3);
    }

    /** A sheet from a shared table; the cells of {@code numericColumn} holding digits become numbers. */
    private static void table(
            StreamingWorkbook workbook,
            Styles styles,
            String name,
            Table table,
            List<Integer> widths,
            int numericColumn) {
        TableSheet sheet = new TableSheet(workbook, styles, name, table.header(), widths);
        for (List<String> cells : table.rows()) {
            TableSheet.RowWriter row = sheet.row();
            for (int i = 0; i < cells.size(); i++) {
                if (i == numericColumn) {
                    row.numberOrText(cells.get(i));
                } else {
                    row.text(cells.get(i));
                }
            }
        }
        sheet.finish();
    }

    private static void stamp(StreamingWorkbook workbook, PackContext context) {
        LocalDate asOf = context.result().asOf();
        Date midnight = Date.from(asOf.atStartOfDay(ZoneOffset.UTC).toInstant());
        POIXMLProperties.CoreProperties core =
                workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreated(Optional.of(midnight));
        core.setModified(Optional.of(midnight));
        core.setCreator("auditpack");
        core.setTitle("Crosswalk " + context.result().job().name() + " "
                + context.stamp().label());
    }
}
