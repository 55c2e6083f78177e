package io.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.Finding;
import io.auditpack.domain.InputSet;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookInputTest {
    @TempDir
    Path dir;

    /** A valid workbook: controls, mappings, evidence; the evidence date is a real Excel date cell. */
    private XSSFWorkbook validWorkbook() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(
                workbook,
                "Controls ",
                List.of("control_id", "title", "owner", "frequency", "expected_evidence", "risk"),
                List.of(List.of("AC-01", "Access review", "Dana", "quarterly", "Ticket", 3.0)));
        sheet(
                workbook,
                "MAPPINGS",
                List.of("control_id", "framework", "requirement_id"),
                List.of(List.of("AC-01", "SOC2", "CC6.2")));
        Sheet evidence = sheet(
                workbook,
                "evidence",
                List.of("evidence_id", "control_ids", "title", "type", "performed_on"),
                List.of(List.of("EV-1", "AC-01", "Review", "review", "")));
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Cell date = evidence.getRow(1).createCell(4);
        date.setCellValue(LocalDate.of(2026, 3, 31));
        date.setCellStyle(dateStyle);
        return workbook;
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> header, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(name);
        Row first = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            first.createCell(c).setCellValue(header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof Double number) {
                    row.createCell(c).setCellValue(number);
                } else if (!value.toString().isEmpty()) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
        return sheet;
    }

    private InputSet load(XSSFWorkbook workbook) throws Exception {
        try (workbook;
                OutputStream out = Files.newOutputStream(dir.resolve("workbook.xlsx"))) {
            workbook.write(out);
        }
        return InputLoader.load(dir, io.auditpack.catalog.Catalog.builtIn());
    }

    @Test
    void realDateCellsBecomeIsoDatesAndSheetNamesMatchLoosely() throws Exception {
        InputSet input = load(validWorkbook());

        assertThat(input.findings()).isEmpty();
        assertThat(input.evidence()).extracting(EvidenceItem::performedOn).containsExactly(LocalDate.of(2026, 3, 31));
        assertThat(input.controls().get(0).extra()).containsEntry("risk", "3");
        assertThat(input.controls().get(0).source().file()).isEqualTo("workbook.xlsx#controls");
        assertThat(input.mappings()).hasSize(1);
    }

    @Nested
    class Refused {
        @Test
        void formulaCellIsAnErrorNamingTheCell() throws Exception {
            XSSFWorkbook workbook = validWorkbook();
            workbook.getSheet("MAPPINGS").getRow(1).getCell(2).setCellFormula("\"CC\"&\"6.2\"");

            List<Finding> errors = load(workbook).findings();

            assertThat(errors)
                    .extracting(Finding::code, Finding::file, Finding::line, Finding::column, Finding::value)
                    .containsExactly(
                            tuple("input.formula", "workbook.xlsx#mappings", 2L, "requirement_id", "=\"CC\"&\"6.2\""));
            assertThat(errors.get(0).message()).contains("C2").contains("paste them as values");
        }

        @Test
        void mergedCellsAreAnError() throws Exception {
            XSSFWorkbook workbook = validWorkbook();
            workbook.getSheet("Controls ").addMergedRegion(new CellRangeAddress(1, 2, 1, 1));

            List<Finding> findings = load(workbook).findings();

            assertThat(findings)
                    .extracting(Finding::code, Finding::file, Finding::line, Finding::column)
                    .containsExactly(tuple("input.merged_cells", "workbook.xlsx#controls", 2L, "title"));
            assertThat(findings.get(0).message()).contains("B2:B3");
        }

        @Test
        void missingSheetNamesTheExpectedSheetsAndSuggestsARenamedOne() throws Exception {
            XSSFWorkbook workbook = validWorkbook();
            workbook.setSheetName(2, "evidense");

            Finding error = load(workbook).findings().get(0);

            assertThat(error)
                    .extracting(Finding::code, Finding::file, Finding::value)
                    .containsExactly("input.missing_sheet", "workbook.xlsx", "evidence");
            assertThat(error.message())
                    .contains("did you mean \"evidense\"")
                    .contains("expected sheets: controls, mappings, evidence");
        }

        @Test
        void badValueInASheetNamesTheExcelRowColumnAndCell() throws Exception {
            XSSFWorkbook workbook = validWorkbook();
            workbook.getSheet("Controls ").getRow(1).getCell(3).setCellValue("montly");

            Finding error = load(workbook).findings().get(0);

            assertThat(error)
                    .extracting(Finding::code, Finding::file, Finding::line, Finding::column, Finding::value)
                    .containsExactly("input.bad_value", "workbook.xlsx#controls", 2L, "frequency", "montly");
            assertThat(error.message()).startsWith("cell D2: ");
        }

        @Test
        void corruptWorkbookIsAnErrorNotACrash() throws Exception {
            Files.writeString(dir.resolve("workbook.xlsx"), "this is not a zip");

            InputSet input = InputLoader.load(dir, io.auditpack.catalog.Catalog.builtIn());

            assertThat(input.findings())
                    .extracting(Finding::code, Finding::file)
                    .containsExactly(tuple("input.bad_workbook", "workbook.xlsx"));
        }
    }
}
