package io.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The rows TableSheet writes as XML read back with POI as the values, types, styles and places written. */
class TableSheetXmlTest {
    private static final List<String> HEADER = List.of("A", "B", "C", "D", "E", "F");
    private static final List<Integer> WIDTHS = List.of(10, 10, 10, 10, 10, 10);

    @Test
    void textNeedingEscapesComesBackAsWrittenAndCharactersXmlCannotHoldBecomeQuestionMarks() throws IOException {
        String tricky = "a & b < c > d \"q\" 'x' \t tab \n line \r cr";
        byte[] xlsx = workbook(sheet -> {
            sheet.row()
                    .text(tricky)
                    .text(" leading and trailing ")
                    .text("_x0041_ stays")
                    .text("nul\u0000bell\u0007")
                    .text("pair 𝒜 lone \uD800 end")
                    .text("\uFFFE");
        });
        try (XSSFWorkbook book = read(xlsx)) {
            Row row = book.getSheet("T").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(tricky);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(" leading and trailing ");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("_x0041_ stays");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("nul?bell?");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("pair 𝒜 lone ? end");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("?");
        }
    }

    @Test
    void blankCellsKeepTheFollowingCellsInTheirColumns() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            sheet.row().text("first").skip(2).number(42).text("").date(LocalDate.of(2026, 3, 31));
            sheet.row().skip(1).word("yes").decimal(new BigDecimal("66.70")).date(LocalDate.of(1900, 1, 1));
        });
        try (XSSFWorkbook book = read(xlsx)) {
            Sheet sheet = book.getSheet("T");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("first");
            assertThat(first.getCell(1)).isNull();
            assertThat(first.getCell(2)).isNull();
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(42.0);
            assertThat(first.getCell(4)).isNull();
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0)).isNull();
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("yes");
            assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(66.7);
            assertThat(second.getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(1900, 1, 1));
            assertThat(((XSSFSheet) sheet).getCTWorksheet().getDimension().getRef())
                    .isEqualTo("A1:F3");
        }
    }

    @Test
    void repeatedWordsAreSharedStringsAndFormulaLookingWordsStayQuotedInlineText() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            for (int i = 0; i < 3; i++) {
                sheet.row().word("CTL-0001").word("yes").word("=SUM(A1)").word("two_x0041_");
            }
        });
        String sheetXml = part(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(part(xlsx, "xl/sharedStrings.xml"))
                .contains("<t>CTL-0001</t>")
                .contains("<t>yes</t>")
                .doesNotContain("SUM")
                .doesNotContain("two_x");
        assertThat(sheetXml).contains("t=\"s\"").contains("<t>=SUM(A1)</t>").contains("two_x005F_x0041_");
        try (XSSFWorkbook book = read(xlsx)) {
            Row row = book.getSheet("T").getRow(3);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("CTL-0001");
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("=SUM(A1)");
            assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("two_x0041_");
        }
    }

    @Test
    void aRowIsCompleteOnceTheNextOneStartsAndHoldsNoMoreCellsThanTheHeader() throws IOException {
        workbook(sheet -> {
            TableSheet.RowWriter first = sheet.row().text("a");
            sheet.row();
            assertThatThrownBy(() -> first.text("late"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("row 2 of T is complete");
            TableSheet.RowWriter full = sheet.row().skip(6);
            assertThatThrownBy(() -> full.text("7th"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("T has 6 columns");
        });
    }

    private interface Rows {
        void write(TableSheet sheet);
    }

    private static byte[] workbook(Rows rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamingWorkbook workbook = new StreamingWorkbook()) {
            TableSheet sheet = new TableSheet(workbook, new Styles(workbook), "T", HEADER, WIDTHS);
            rows.write(sheet);
            sheet.finish();
            workbook.write(out);
            workbook.dispose();
        }
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static String part(byte[] xlsx, String name) throws IOException {
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the workbook");
    }
}
