package io.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.InputSet;
import io.auditpack.domain.PackageType;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import io.auditpack.report.TestContexts;
import io.auditpack.verdict.VersionStamp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sheets of each package type, the stage sheets, and the evidence sheet's slices, hashes and overflow. */
class WorkbookSheetsTest {

    static PackContext context(PackageType type) {
        boolean period = type.periodicity() != PackageType.Periodicity.POINT_IN_TIME;
        return ReportFixtures.context(type, period ? ReportFixtures.PERIOD : null, VersionStamp.first());
    }

    static XSSFWorkbook read(PackContext context) throws IOException {
        return new XSSFWorkbook(
                new ByteArrayInputStream(ReportFixtures.render(new CrosswalkWorkbookWriter(), context)));
    }

    private static List<String> names(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Cell cell = sheet.getRow(i) == null ? null : sheet.getRow(i).getCell(column);
            values.add(
                    cell == null
                            ? ""
                            : cell.getCellType() == CellType.NUMERIC
                                    ? String.valueOf((long) cell.getNumericCellValue())
                                    : cell.getStringCellValue());
        }
        return values;
    }

    @Test
    void eachPackageTypeHasTheSheetsItsAuditNeedsInTheDocumentedOrder() throws IOException {
        Map<PackageType, List<String>> expected = Map.of(
                PackageType.SOC2_TYPE1,
                        List.of(
                                "Summary",
                                "Controls",
                                "SOC 2",
                                "Crosswalk",
                                "Evidence",
                                "Gaps",
                                "Findings",
                                "Requests",
                                "Changes"),
                PackageType.SOC2_TYPE2,
                        List.of(
                                "Summary",
                                "Controls",
                                "SOC 2",
                                "Crosswalk",
                                "Evidence",
                                "Sample",
                                "Populations",
                                "Test sheet",
                                "Gaps",
                                "Findings",
                                "Requests",
                                "Changes"),
                PackageType.ISO27001_STAGE1,
                        List.of(
                                "Summary",
                                "Stage 1 checklist",
                                "Controls",
                                "ISO 27001",
                                "SoA",
                                "Crosswalk",
                                "Evidence",
                                "Gaps",
                                "Findings",
                                "Requests",
                                "Changes"),
                PackageType.ISO27001_STAGE2,
                        List.of(
                                "Summary",
                                "Controls",
                                "ISO 27001",
                                "SoA",
                                "Crosswalk",
                                "Evidence",
                                "Sample",
                                "Populations",
                                "Test sheet",
                                "Gaps",
                                "Findings",
                                "Requests",
                                "Changes"),
                PackageType.MANAGEMENT_REVIEW,
                        List.of(
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
                                "Review Actions"));
        List<String> moreReviewSheets = List.of(
                "Review Coverage",
                "Review Nonconformities",
                "Review Findings",
                "Review Due",
                "Review Scorecard",
                "Review Opportunities");
        for (PackageType type : PackageType.values()) {
            try (XSSFWorkbook book = read(context(type))) {
                List<String> sheets = new ArrayList<>(expected.get(type));
                if (type == PackageType.MANAGEMENT_REVIEW) {
                    sheets.addAll(moreReviewSheets);
                }
                assertThat(names(book)).as(type.word()).isEqualTo(sheets);
                // the layout names each writer's first sheet: the review writer writes its seven together
                assertThat(WorkbookLayout.sheets(type))
                        .extracting(WorkbookLayout.Sheet::name)
                        .isEqualTo(expected.get(type));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PackageType.class)
    void aFormulaLookingControlTitleIsAStringCellInEverySheetWhereItAppearsAndNoCellIsAFormula(PackageType type)
            throws IOException {
        try (XSSFWorkbook book = read(context(type))) {
            List<String> holding = new ArrayList<>();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().equals(ReportFixtures.FORMULA_TITLE)) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                            holding.add(sheet.getSheetName());
                        }
                    }
                }
            }
            assertThat(holding).contains("Controls", "Crosswalk");
            if (WorkbookLayout.samples(type)) {
                assertThat(holding).contains("Sample");
            }
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithTheHeaderRepeated() throws IOException {
        try (XSSFWorkbook book = read(context(PackageType.ISO27001_STAGE1))) {
            for (Sheet sheet : book) {
                assertThat(sheet.getPrintSetup().getLandscape())
                        .as(sheet.getSheetName())
                        .isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
                assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
                        .isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            }
        }
    }

    @Test
    void theStage1SheetListsTheFourteenClausesThenTheVerdictAndItsReasons() throws IOException {
        try (XSSFWorkbook book = read(context(PackageType.ISO27001_STAGE1))) {
            Sheet stage1 = book.getSheet("Stage 1 checklist");
            assertThat(column(stage1, 0).subList(0, 14))
                    .containsExactly(
                            "4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "7.5.1", "8.1", "8.2", "8.3", "9.1", "9.2.2",
                            "9.3.3", "10.2");
            // AC-02 is mapped to 9.2: its stale policy is no record, its log export is the only record
            Row audit = stage1.getRow(12);
            assertThat(audit.getCell(0).getStringCellValue()).isEqualTo("9.2.2");
            assertThat(audit.getCell(4).getStringCellValue()).isEqualTo("present");
            assertThat(audit.getCell(4).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
            assertThat(audit.getCell(6).getStringCellValue()).isEqualTo("EV-3");
            assertThat(stage1.getRow(1).getCell(4).getStringCellValue()).isEqualTo("missing");
            Row verdict = stage1.getRow(16);
            assertThat(verdict.getCell(0).getStringCellValue()).isEqualTo("Readiness for Stage 2");
            assertThat(verdict.getCell(1).getStringCellValue()).isEqualTo("not_ready");
            assertThat(stage1.getRow(17).getCell(0).getStringCellValue()).isEqualTo("blocking");
            assertThat(stage1.getRow(17).getCell(1).getStringCellValue()).isEqualTo("4.3");
            assertThat(((XSSFSheet) stage1).getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:I15");
        }
    }

    @Test
    void theSampleSheetHasOneRowPerDrawnRecordWithItsSeed() throws IOException {
        try (XSSFWorkbook book = read(context(PackageType.ISO27001_STAGE2))) {
            Sheet sample = book.getSheet("Sample");
            // CM-01 and AC-02 count for in-scope requirements; EV-1 and EV-3 are CM-01's records in the period
            assertThat(column(sample, 0)).containsExactly("CM-01", "CM-01", "AC-02");
            assertThat(column(sample, 3)).containsExactly("2", "2", "1");
            assertThat(column(sample, 4)).as("the size shown is the size drawn").containsExactly("2", "2", "1");
            assertThat(column(sample, 15))
                    .containsExactly(
                            "monthly: 2 (whole population)",
                            "monthly: 2 (whole population)",
                            "quarterly: 2 (whole population)");
            assertThat(column(sample, 7)).containsExactly("EV-1", "EV-3", "EV-3");
            assertThat(column(sample, 12)).containsOnly("review-2026:v0001");
            assertThat(sample.getRow(1).getCell(11).getHyperlink().getAddress())
                    .isEqualTo("evidence/CM-01/EV-1__jan_changes.pdf");
        }
    }

    @Test
    void theSoaSheetListsTheJudgedAnnexAControlsWithTheirJustificationAndControls() throws IOException {
        try (XSSFWorkbook book = read(context(PackageType.ISO27001_STAGE2))) {
            Sheet soa = book.getSheet("SoA");
            assertThat(column(soa, 0)).containsExactly("A.7.4", "A.8.32");
            assertThat(column(soa, 3)).containsExactly("no", "yes");
            assertThat(column(soa, 4)).containsExactly("No physical offices", "");
            assertThat(column(soa, 5)).containsExactly("excluded", "partially_implemented");
            assertThat(column(soa, 6)).containsExactly("", "CM-01 (inconsistent)");
            assertThat(column(soa, 9)).containsExactly("", "no justification for inclusion");
        }
    }

    @Test
    void evidenceHasOneRowPerItemAndControlWithTheSlicesItCovers() throws IOException {
        try (XSSFWorkbook book = read(context(PackageType.ISO27001_STAGE2))) {
            Sheet evidence = book.getSheet("Evidence");
            assertThat(column(evidence, 0)).containsExactly("EV-1", "EV-2", "EV-3", "EV-3", "EV-4");
            assertThat(column(evidence, 1)).containsExactly("CM-01", "AC-02", "CM-01", "AC-02", "CM-01");
            assertThat(column(evidence, 8))
                    .containsExactly(
                            "2026-01",
                            "",
                            "2026-02; 2026-03; 2026-04",
                            "2026-01-01..2026-03-31; 2026-04-01..2026-06-30",
                            "");
            assertThat(column(evidence, 11)).containsExactly("yes", "yes", "no", "no", "no");
        }
    }

    @Test
    void thePackedFilesShaIsTakenFromTheFileItself(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("jan.pdf");
        Files.writeString(file, "January changes", StandardCharsets.UTF_8);
        PackContext base = context(PackageType.SOC2_TYPE2);
        InputSet in = base.inputs();
        InputSet withFile = new InputSet(
                in.controls(),
                in.mappings(),
                in.evidence(),
                in.applicability(),
                in.scope(),
                in.evidenceRoot(),
                Map.of("EV-1", file),
                in.controlExtraColumns(),
                in.mappingExtraColumns(),
                in.evidenceExtraColumns(),
                in.findings());
        try (XSSFWorkbook book = read(TestContexts.of(base.result(), withFile, base.stamp()))) {
            String expected = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest("January changes".getBytes(StandardCharsets.UTF_8)));
            assertThat(book.getSheet("Evidence").getRow(1).getCell(13).getStringCellValue())
                    .isEqualTo(expected);
            assertThat(book.getSheet("Evidence").getRow(3).getCell(13)).isNull();
        }
    }

    @Test
    void evidenceRowsBeyondASheetsLimitContinueOnNumberedSheetsWithTheSameHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamingWorkbook workbook = new StreamingWorkbook()) {
            EvidenceSheet.write(workbook, new Styles(workbook), context(PackageType.SOC2_TYPE2), 3);
            workbook.write(out);
            workbook.dispose();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(names(book)).containsExactly("Evidence", "Evidence (2)", "Evidence (3)");
            List<String> ids = new ArrayList<>();
            for (Sheet sheet : book) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Evidence");
                assertThat(sheet.getLastRowNum()).isLessThanOrEqualTo(2);
                ids.addAll(column(sheet, 0));
            }
            assertThat(ids).containsExactly("EV-1", "EV-2", "EV-3", "EV-3", "EV-4");
        }
        assertThat(TableSheet.MAX_ROWS).isEqualTo(1_048_576);
    }

    @ParameterizedTest
    @EnumSource(PackageType.class)
    void everyPackageTypesWorkbookHasTheSameBytesTwiceAndUnderAnotherClockAndLocale(PackageType type)
            throws IOException {
        CrosswalkWorkbookWriter writer = new CrosswalkWorkbookWriter();
        PackContext context = context(type);
        byte[] first = ReportFixtures.render(writer, context);
        assertThat(ReportFixtures.render(writer, context)).isEqualTo(first);
        assertThat(ReportFixtures.underAnotherClockAndLocale(() -> ReportFixtures.render(writer, context)))
                .isEqualTo(first);
    }

    @Test
    void textLongerThanACellHoldsIsCutWithANote() {
        String longText = "x".repeat(40_000);
        String fitted = TableSheet.fit(longText);
        assertThat(fitted).hasSize(TableSheet.MAX_CELL_TEXT).endsWith(" ... [cut: 40000 characters]");
        assertThat(TableSheet.fit("short")).isEqualTo("short");
    }
}
