package io.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.PackageType;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every sheet's header in one style and never clipped, column widths that fit their text, legible printing. */
class WorkbookReadabilityTest {

    @ParameterizedTest
    @EnumSource(PackageType.class)
    void everySheetHeaderHasTheOneHeaderStyleAndAColumnAtLeastAsWideAsItsText(PackageType type) throws Exception {
        // given the workbook of a package type
        try (XSSFWorkbook book = WorkbookSheetsTest.read(WorkbookSheetsTest.context(type))) {
            Set<Short> headerStyles = new HashSet<>();
            for (Sheet sheet : book) {
                Row header = sheet.getRow(0);
                // then every header cell shares one style and its column holds its text in bold
                for (Cell cell : header) {
                    headerStyles.add(cell.getCellStyle().getIndex());
                    assertThat(book.getFontAt(cell.getCellStyle().getFontIndex())
                                    .getBold())
                            .isTrue();
                    double width = sheet.getColumnWidth(cell.getColumnIndex()) / 256.0;
                    assertThat(width)
                            .as("%s column %s", sheet.getSheetName(), cell.getStringCellValue())
                            .isGreaterThanOrEqualTo(cell.getStringCellValue().length() * 1.15 + 2);
                }
            }
            assertThat(headerStyles).hasSize(1);
        }
    }

    @Test
    void aColumnIsAsWideAsItsLongestValueUpToTheWidest() {
        assertThat(TableSheet.width("ID", 3)).isEqualTo(TableSheet.NARROWEST);
        assertThat(TableSheet.width("Missing control", 2)).isEqualTo(21);
        assertThat(TableSheet.width("Title", 40)).isEqualTo(42);
        assertThat(TableSheet.width("Title", 900)).isEqualTo(TableSheet.WIDEST);
    }

    @Test
    void theEvidenceAndControlsSheetsPrintLandscapeOnePageWideWithTheHeaderOnEveryPage() throws Exception {
        try (XSSFWorkbook book = WorkbookSheetsTest.read(WorkbookSheetsTest.context(PackageType.SOC2_TYPE2))) {
            for (String name : new String[] {"Evidence", "Controls"}) {
                Sheet sheet = book.getSheet(name);
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getLandscape()).as(name).isTrue();
                assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(print.getFitWidth()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) 1);
                assertThat(sheet.isPrintGridlines()).isTrue();
                // and the widest column of a long text stays bounded
                for (Cell cell : sheet.getRow(0)) {
                    assertThat(sheet.getColumnWidth(cell.getColumnIndex()) / 256)
                            .isLessThanOrEqualTo(Math.max(
                                    TableSheet.WIDEST, cell.getStringCellValue().length() * 2));
                }
            }
        }
    }
}
