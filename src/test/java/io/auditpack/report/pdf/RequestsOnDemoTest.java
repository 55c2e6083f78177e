package io.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import io.auditpack.report.data.CsvTableWriter;
import io.auditpack.report.excel.CrosswalkWorkbookWriter;
import io.auditpack.verdict.VersionStamp;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's request list and remediation dates in the SOC 2 Type II pack as of 2026-11-29, read back from
 * data/requests.csv, data/gaps.csv, the workbook (POI) and the PDF (PDFBox).
 */
class RequestsOnDemoTest {
    private static PackContext context;

    @BeforeAll
    static void demo() throws Exception {
        context = DemoContexts.of("soc2-type2", VersionStamp.first());
    }

    private static List<CSVRecord> csv(CsvTableWriter writer) throws Exception {
        String text = new String(ReportFixtures.render(writer, context), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void requestsCsvAnswersEveryRequestWithItsFulfilment() throws Exception {
        List<CSVRecord> rows = csv(CsvTableWriter.requests());

        assertThat(rows).hasSize(52);
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(r.get("fulfilment"), 1, Integer::sum));
        assertThat(counts)
                .containsExactlyEntriesOf(
                        new TreeMap<>(Map.of("fulfilled", 43, "open", 2, "overdue", 4, "partial", 3)));
        CSVRecord restore = rows.stream()
                .filter(r -> r.get("request_id").equals("PBC-041"))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(restore.get("fulfilment"), restore.get("controls_missing"), restore.get("evidence_count")))
                .containsExactly("overdue", "AV-03", "0");
        CSVRecord partial = rows.stream()
                .filter(r -> r.get("request_id").equals("PBC-042"))
                .findFirst()
                .orElseThrow();
        assertThat(partial.get("fulfilment")).isEqualTo("partial");
        assertThat(partial.get("controls_targeted")).isEqualTo("AV-01;AV-02;AV-03;BCP-01");
        assertThat(partial.get("evidence").split(";")).allMatch(p -> p.startsWith("data/evidence/"));
        assertThat(partial.get("evidence").split(";")).hasSize(Integer.parseInt(partial.get("evidence_count")));
    }

    @Test
    void gapsCsvCarriesTheRemediationDatesAndFlagsOverdueItems() throws Exception {
        List<CSVRecord> rows = csv(CsvTableWriter.gaps());

        Map<String, String> overdue = new TreeMap<>();
        rows.forEach(r ->
                overdue.put(r.get("item"), r.get("target_date") + " " + r.get("item_status") + " " + r.get("overdue")));
        assertThat(overdue)
                .containsEntry("AV-03", "2026-10-31 in_progress yes")
                .containsEntry("IAM-05", "2026-11-15 open yes")
                .containsEntry("OPS-03", "2026-09-30 closed ")
                .containsEntry("CF-01", "2026-12-15 in_progress ")
                .containsEntry("SOC2:CC6.4", "2027-03-31 open ");
    }

    @Test
    void theRequestsSheetReadsBackWithPoi() throws Exception {
        byte[] bytes = ReportFixtures.render(new CrosswalkWorkbookWriter(), context);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("Requests");
            assertThat(sheet).isNotNull();
            assertThat(workbook.getSheetIndex("Requests")).isEqualTo(workbook.getSheetIndex("Findings") + 1);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).startsWith("Request", "Reference", "Description");
            int fulfilment = header.indexOf("Fulfilment");
            int due = header.indexOf("Due on");
            assertThat(sheet.getLastRowNum()).isEqualTo(52);
            Row row = findRow(sheet, "PBC-041");
            assertThat(row.getCell(fulfilment).getStringCellValue()).isEqualTo("overdue");
            assertThat(row.getCell(due).getLocalDateTimeCellValue().toLocalDate())
                    .hasToString("2026-11-13");
            Row fulfilled = findRow(sheet, "PBC-001");
            Cell link = fulfilled.getCell(header.indexOf("First evidence file"));
            assertThat(fulfilled.getCell(fulfilment).getStringCellValue()).isEqualTo("fulfilled");
            assertThat(link.getHyperlink().getAddress()).startsWith("evidence/");
            assertThat(link.getStringCellValue())
                    .isEqualTo("data/" + link.getHyperlink().getAddress());
            Sheet gaps = workbook.getSheet("Gaps");
            List<String> gapHeader = new ArrayList<>();
            gaps.getRow(0).forEach(c -> gapHeader.add(c.getStringCellValue()));
            assertThat(gapHeader).endsWith("target_date", "item_status", "overdue", "assigned_to", "note");
        }
    }

    private static Row findRow(Sheet sheet, String id) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no row " + id);
    }

    @Test
    void thePdfCountsRequestsPerFulfilmentAndListsTheOverdueOnes() throws Exception {
        PdfText pdf = PdfText.read(ReportRender.pdf(context));

        assertThat(pdf.titles()).contains("Auditor requests", "Overdue requests");
        String text = pdf.stream().replaceAll("\\s+", " ");
        assertThat(text)
                .contains("52 requests on the auditor's list")
                .contains("fulfilled 43")
                .contains("partial 3")
                .contains("open 2")
                .contains("overdue 4")
                .contains("PBC-041")
                .contains("PBC-049")
                .contains(
                        "5 of the 8 items have a target date in remediation.csv; 2 overdue (target date before 2026-11-29")
                .contains("AV-03 (due 2026-10-31), IAM-05 (due 2026-11-15)");
    }
}
