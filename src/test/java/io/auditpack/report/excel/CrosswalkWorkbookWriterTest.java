package io.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrosswalkWorkbookWriterTest {
    private XSSFWorkbook workbook;

    private XSSFWorkbook read(PackContext context) throws IOException {
        workbook = new XSSFWorkbook(
                new ByteArrayInputStream(ReportFixtures.render(new CrosswalkWorkbookWriter(), context)));
        return workbook;
    }

    @AfterEach
    void close() throws IOException {
        if (workbook != null) {
            workbook.close();
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
        return names;
    }

    @Test
    void aManagementReviewHasEverySheetInTheDocumentedOrder() throws IOException {
        XSSFWorkbook book = read(ReportFixtures.managementReview());
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names)
                .containsExactly(
                        "Summary",
                        "Controls",
                        "SOC 2",
                        "ISO 27001",
                        "SoA",
                        "Crosswalk",
                        "Evidence",
                        "Gaps",
                        "Findings",
                        "Requests",
                        "Changes",
                        "Review Actions",
                        "Review Coverage",
                        "Review Nonconformities",
                        "Review Findings",
                        "Review Due",
                        "Review Scorecard",
                        "Review Opportunities",
                        "Due soon");
    }

    @Test
    void aSoc2PackHasNoIso27001Sheet() throws IOException {
        XSSFWorkbook book = read(ReportFixtures.soc2Type1());
        assertThat(book.getSheet("ISO 27001")).isNull();
        assertThat(book.getSheet("SOC 2")).isNotNull();
    }

    @Test
    void controlsSheetHasTheHeaderThenTheLibrarysExtraColumns() throws IOException {
        Sheet controls = read(ReportFixtures.managementReview()).getSheet("Controls");
        assertThat(header(controls))
                .containsExactly(
                        "Control",
                        "Title",
                        "Owner",
                        "Frequency",
                        "Scope",
                        "Expected evidence",
                        "Library status",
                        "Operating status",
                        "Due",
                        "Covered",
                        "Pending",
                        "Missing slices",
                        "Documentation",
                        "Latest document",
                        "SOC 2 refs",
                        "ISO 27001 refs",
                        "risk_id");
        Row cm01 = controls.getRow(1);
        assertThat(cm01.getCell(14).getStringCellValue()).isEqualTo("CC8.1");
        assertThat(cm01.getCell(16).getStringCellValue()).isEqualTo("R-7");
        assertThat(cm01.getCell(8).getNumericCellValue()).isEqualTo(5.0);
    }

    @Test
    void evidenceSheetEndsWithTheCatalogsSourceAndItsExtraColumns() throws IOException {
        Sheet evidence = read(ReportFixtures.managementReview()).getSheet("Evidence");
        List<String> header = header(evidence);
        assertThat(header.subList(header.size() - 4, header.size()))
                .containsExactly("Source file", "Approved by", "Source", "retention");
        Row first = evidence.getRow(1);
        assertThat(first.getCell(header.size() - 2).getStringCellValue()).isEqualTo("Jira");
        assertThat(first.getCell(header.size() - 1).getStringCellValue()).isEqualTo("7y");
    }

    @Test
    void crosswalkSheetCarriesTheCrosswalksExtraColumnsAsText() throws IOException {
        Sheet crosswalk = read(ReportFixtures.managementReview()).getSheet("Crosswalk");
        assertThat(header(crosswalk)).endsWith("Rationale", "Control status", "reviewed_by");
        assertThat(crosswalk.getRow(1).getCell(8).getStringCellValue()).isEqualTo("inconsistent");
        Cell reviewer = crosswalk.getRow(1).getCell(9);
        assertThat(reviewer.getCellType()).isEqualTo(CellType.STRING);
        assertThat(reviewer.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
    }

    @Test
    void aStatusCellHoldsTheWordWithItsFillColour() throws IOException {
        Row cm01 = read(ReportFixtures.managementReview()).getSheet("Controls").getRow(1);
        Cell status = cm01.getCell(7);
        assertThat(status.getStringCellValue()).isEqualTo("inconsistent");
        assertThat(status.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_ORANGE.getIndex());
        assertThat(workbook.getSheet("SOC 2")
                        .getRow(1)
                        .getCell(4)
                        .getCellStyle()
                        .getFillForegroundColor())
                .isEqualTo(IndexedColors.ROSE.getIndex());
    }

    @Test
    void aFormulaLookingTitleStaysAStringCellInEverySheet() throws IOException {
        XSSFWorkbook book = read(ReportFixtures.managementReview());
        Cell title = book.getSheet("Controls").getRow(2).getCell(1);
        assertThat(title.getCellType()).isEqualTo(CellType.STRING);
        assertThat(title.getStringCellValue()).isEqualTo(ReportFixtures.FORMULA_TITLE);
        assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
        Cell crosswalkTitle = book.getSheet("Crosswalk").getRow(3).getCell(1);
        assertThat(crosswalkTitle.getCellType()).isEqualTo(CellType.STRING);
        assertThat(crosswalkTitle.getStringCellValue()).isEqualTo(ReportFixtures.FORMULA_TITLE);
        Cell value = book.getSheet("Findings").getRow(3).getCell(5);
        assertThat(value.getCellType()).isEqualTo(CellType.STRING);
        assertThat(value.getStringCellValue()).isEqualTo(ReportFixtures.FORMULA_VALUE);
    }

    @Test
    void datesAreDateFormattedNumericCells() throws IOException {
        Cell latest = read(ReportFixtures.managementReview())
                .getSheet("Controls")
                .getRow(1)
                .getCell(13);
        assertThat(latest.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(latest)).isTrue();
        assertThat(latest.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(latest.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void everyTableSheetHasAFrozenBoldHeaderAndAnAutofilter() throws IOException {
        XSSFWorkbook book = read(ReportFixtures.managementReview());
        for (Sheet sheet : book) {
            assertThat(sheet.getPaneInformation().isFreezePane())
                    .as(sheet.getSheetName())
                    .isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
                    .as(sheet.getSheetName())
                    .isTrue();
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
        }
        assertThat(((XSSFSheet) book.getSheet("Controls"))
                        .getCTWorksheet()
                        .getAutoFilter()
                        .getRef())
                .isEqualTo("A1:Q4");
    }

    @Test
    void packedEvidenceLinksToItsPathRelativeToTheWorkbook() throws IOException {
        Sheet evidence = read(ReportFixtures.managementReview()).getSheet("Evidence");
        Cell packed = evidence.getRow(1).getCell(12);
        assertThat(packed.getStringCellValue()).isEqualTo("evidence/CM-01/EV-1__jan_changes.pdf");
        assertThat(packed.getHyperlink().getAddress()).isEqualTo("evidence/CM-01/EV-1__jan_changes.pdf");
        assertThat(evidence.getRow(3).getCell(12)).isNull();
        assertThat(evidence.getRow(3).getCell(5).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void summaryHoldsTheHeadlineCountsAndThePackIdentity() throws IOException {
        Sheet summary = read(ReportFixtures.managementReview()).getSheet("Summary");
        assertThat(header(summary))
                .startsWith("Framework", "Category", "Requirements in scope")
                .endsWith("Not yet due");
        assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("security");
        assertThat(summary.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(66.7);
        assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("ISO27001");
        List<String> facts = new ArrayList<>();
        for (int i = 6; i <= summary.getLastRowNum(); i++) {
            facts.add(summary.getRow(i).getCell(0).getStringCellValue());
        }
        assertThat(facts)
                .containsExactly(
                        "Organization",
                        "System",
                        "Package",
                        "Job",
                        "Period start",
                        "Period end",
                        "Collection lag (days)",
                        "As of",
                        "Version",
                        "Previous version SHA-256",
                        "Evidence items",
                        "Evidence counted",
                        "Evidence in period",
                        "Evidence files packed",
                        "Gaps",
                        "Remediation items",
                        "Findings");
        assertThat(summary.getRow(15).getCell(1).getStringCellValue()).isEqualTo("first version");
    }

    @Test
    void gapsSheetIsTheRemediationPlanWithNumericPriorities() throws IOException {
        Sheet gaps = read(ReportFixtures.managementReview()).getSheet("Gaps");
        assertThat(header(gaps))
                .startsWith("priority", "item", "type", "framework", "requirement", "control", "owner", "action");
        assertThat(gaps.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
        assertThat(gaps.getRow(1).getCell(6).getStringCellValue()).isEqualTo("@admin");
        assertThat(gaps.getLastRowNum()).isEqualTo(12);
    }

    @Test
    void corePropertiesAreFixedToTheAsOfDateAtMidnightUtc() throws IOException {
        POIXMLProperties.CoreProperties core =
                read(ReportFixtures.managementReview()).getProperties().getCoreProperties();
        assertThat(core.getCreator()).isEqualTo("auditpack");
        assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2026-06-30T00:00:00Z"));
        assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2026-06-30T00:00:00Z"));
    }

    @Test
    void renderingTwiceAndInAnotherTimeZoneGivesTheSameBytes() throws IOException {
        CrosswalkWorkbookWriter writer = new CrosswalkWorkbookWriter();
        PackContext context = ReportFixtures.managementReview();
        byte[] first = ReportFixtures.render(writer, context);
        assertThat(ReportFixtures.render(writer, context)).isEqualTo(first);
        assertThat(ReportFixtures.underAnotherClockAndLocale(() -> ReportFixtures.render(writer, context)))
                .isEqualTo(first);
    }
}
