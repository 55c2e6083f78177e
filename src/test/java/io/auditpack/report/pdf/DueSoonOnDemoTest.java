package io.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import io.auditpack.report.data.MetricsJsonWriter;
import io.auditpack.report.excel.CrosswalkWorkbookWriter;
import io.auditpack.verdict.Deadlines;
import io.auditpack.verdict.SliceDeadline;
import io.auditpack.verdict.VersionStamp;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo SOC 2 Type II pack's "Due soon" as of 2026-11-29 (5-day collection lag): 6 overdue slices (AV-03's three
 * missed quarters, OPS-03's two missed months, IAM-05's second quarter), then 61 slices due by 2026-12-29 (the daily
 * AV-01 and CM-05 from 29 November on, the weekly AV-02, CM-07 and OPS-09); read back from the workbook (POI) and the
 * PDF (PDFBox).
 */
class DueSoonOnDemoTest {
    private static PackContext context;

    @BeforeAll
    static void demo() throws Exception {
        context = DemoContexts.of("soc2-type2", VersionStamp.first());
    }

    @Test
    void theVerdictListsTheOverdueSlicesFirstThenTheNextThirtyDaysByDeadline() {
        Deadlines deadlines = context.report().deadlines();
        List<SliceDeadline> soon = deadlines.dueSoon();

        assertThat(deadlines.reference()).hasToString("2026-11-29");
        assertThat(deadlines.window()).isEqualTo(30);
        assertThat(deadlines.overdue())
                .extracting(SliceDeadline::control, d -> d.slice().label(), SliceDeadline::deadline, d -> d.daysLeft())
                .containsExactly(
                        tuple("AV-03", "2026-01-01..2026-03-31", java.time.LocalDate.parse("2026-04-05"), -238L),
                        tuple("OPS-03", "2026-05", java.time.LocalDate.parse("2026-06-05"), -177L),
                        tuple("AV-03", "2026-04-01..2026-06-30", java.time.LocalDate.parse("2026-07-05"), -147L),
                        tuple("IAM-05", "2026-04-01..2026-06-30", java.time.LocalDate.parse("2026-07-05"), -147L),
                        tuple("OPS-03", "2026-08", java.time.LocalDate.parse("2026-09-05"), -85L),
                        tuple("AV-03", "2026-07-01..2026-09-30", java.time.LocalDate.parse("2026-10-05"), -55L));
        assertThat(soon).hasSize(67);
        assertThat(soon.subList(6, 67)).allMatch(d -> d.daysLeft() >= 0 && d.daysLeft() <= 30);
        assertThat(soon.get(6))
                .extracting(SliceDeadline::control, d -> d.slice().label(), SliceDeadline::countdown)
                .containsExactly("AV-01", "2026-11-29", "5 days left");
        assertThat(soon.subList(6, 67))
                .extracting(SliceDeadline::control)
                .containsOnly("AV-01", "CM-05", "AV-02", "CM-07", "OPS-09");
        assertThat(deadlines.upcoming()).hasSize(105);
    }

    @Test
    void theDueSoonSheetHoldsEveryRowOverdueFirstWithNegativeDaysLeft() throws Exception {
        byte[] bytes = ReportFixtures.render(new CrosswalkWorkbookWriter(), context);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("Due soon");
            assertThat(sheet).isNotNull();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header)
                    .containsExactly(
                            "Control",
                            "Title",
                            "Owner",
                            "Frequency",
                            "Slice",
                            "Slice start",
                            "Slice end",
                            "Deadline",
                            "Days left",
                            "Status",
                            "Expected evidence");
            assertThat(sheet.getLastRowNum()).isEqualTo(67);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("AV-03");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("marcus.bell@northwind.example");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("quarterly");
            assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate())
                    .hasToString("2026-04-05");
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(-238d);
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("overdue");
            assertThat(first.getCell(10).getStringCellValue()).isNotBlank();
            Row firstDue = sheet.getRow(7);
            assertThat(firstDue.getCell(0).getStringCellValue()).isEqualTo("AV-01");
            assertThat(firstDue.getCell(8).getNumericCellValue()).isEqualTo(5d);
            assertThat(firstDue.getCell(9).getStringCellValue()).isEqualTo("due");
            assertThat(sheet.getRow(67).getCell(8).getNumericCellValue()).isEqualTo(30d);
        }
    }

    @Test
    void thePdfSectionListsTheFirstRowsOverdueFirstAndPointsToTheSheetForTheRest() throws Exception {
        PdfText pdf = PdfText.read(ReportRender.pdf(context));

        assertThat(pdf.titles()).contains("Due soon");
        String text = pdf.stream().replaceAll("\\s+", " ");
        assertThat(text)
                .contains("6 overdue, 61 due")
                .contains("238 days overdue")
                .contains("5 days left")
                .contains("And 27 more: see the workbook's Due soon sheet.");
        assertThat(text.indexOf("238 days overdue")).isLessThan(text.indexOf("5 days left"));
    }

    @Test
    void metricsJsonCountsTheSameSlicesAndListsTheDueSoonOnesInTheSheetsOrder() throws Exception {
        DocumentContext json = JsonPath.parse(
                new String(ReportFixtures.render(new MetricsJsonWriter(), context), StandardCharsets.UTF_8));

        Map<String, Object> due = json.read("$.due");
        assertThat(due)
                .containsEntry("window_days", 30)
                .containsEntry("overdue", 6)
                .containsEntry("due_within_window", 61)
                .containsEntry("upcoming", 105);
        List<Map<String, Object>> slices = json.read("$.due.slices");
        assertThat(slices).hasSize(67);
        assertThat(slices.get(0))
                .containsEntry("control", "AV-03")
                .containsEntry("owner", "marcus.bell@northwind.example")
                .containsEntry("frequency", "quarterly")
                .containsEntry("slice", "2026-01-01..2026-03-31")
                .containsEntry("slice_start", "2026-01-01")
                .containsEntry("slice_end", "2026-03-31")
                .containsEntry("deadline", "2026-04-05")
                .containsEntry("days_left", -238)
                .containsEntry("overdue", true);
        assertThat(slices.get(6))
                .containsEntry("control", "AV-01")
                .containsEntry("days_left", 5)
                .containsEntry("overdue", false);
        List<String> controls = json.read("$.due.slices[*].control");
        assertThat(controls)
                .containsExactlyElementsOf(context.report().deadlines().dueSoon().stream()
                        .map(SliceDeadline::control)
                        .toList());
    }

    @Test
    void aPointInTimePackHasNoDueSoonSectionAndAHeaderOnlySheet() throws Exception {
        PackContext type1 = DemoContexts.of("soc2-type1", VersionStamp.first());

        Map<String, Object> metrics = JsonPath.parse(
                        new String(ReportFixtures.render(new MetricsJsonWriter(), type1), StandardCharsets.UTF_8))
                .json();
        assertThat(metrics).containsEntry("due", null);

        assertThat(PdfText.read(ReportRender.pdf(type1)).titles()).doesNotContain("Due soon");
        byte[] bytes = ReportFixtures.render(new CrosswalkWorkbookWriter(), type1);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheet("Due soon").getLastRowNum()).isZero();
        }
    }
}
