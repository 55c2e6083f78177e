package io.auditpack.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.cli.AuditpackCli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cell text that a spreadsheet could take for a formula (OWASP's CSV-injection list: {@code =}, {@code +},
 * {@code -}, {@code @}, tab, carriage return) travels from the inputs into every output of a real pack and stays
 * inert: string cells marked quote-prefixed in crosswalk.xlsx, an apostrophe in front in findings.csv and gaps.csv.
 */
class FormulaTextStaysTextTest {
    private static final List<String> TRIGGERS = List.of("=", "+", "-", "@", "\t", "\r");

    @TempDir
    static Path tmp;

    static Map<String, byte[]> pack;

    @BeforeAll
    static void runAJobWhoseCellsLookLikeFormulas() throws IOException {
        CorpusFolder folder = CorpusFolder.base(
                tmp,
                List.of(
                        "replace input/controls.csv | Quarterly access review | \"=HYPERLINK(\"\"http://evil.test\"\",\"\"Click\"\")\"",
                        "append input/controls.csv | ZZ-09,Unproven,x,@SUM(1+1)*cmd|' /C calc'!A0,monthly,prod,Log,implemented,no\\n",
                        "append input/mappings.csv | ZZ-09,SOC2,CC6.1,,,\\n",
                        "replace input/controls.csv | Monthly vulnerability scan | +1-555-0100",
                        "replace input/controls.csv | requires_documentation\\n | requires_documentation,=x\\n",
                        "replace input/controls.csv | prod,Signed review,implemented,no | prod,Signed review,implemented,no,-2+3",
                        "replace input/evidence.csv | Scan January | -10+20 scan",
                        "replace input/evidence.csv | scans/jan.txt | -missing.txt",
                        "replace input/mappings.csv | Access is reviewed | \"=cmd|' /C notepad'!'A1'\""));
        StringWriter out = new StringWriter();
        int exit = AuditpackCli.execute(
                new PrintWriter(out, true),
                new PrintWriter(out, true),
                "run",
                folder.job().toString(),
                "--as-of",
                "2026-05-15");
        assertThat(exit).as(out.toString()).isZero();
        Path zip;
        try (Stream<Path> files = Files.walk(folder.output())) {
            zip = files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        pack = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                pack.put(entry.getName().substring(entry.getName().indexOf('/') + 1), in.readAllBytes());
            }
        }
    }

    @Test
    void theWorkbookHoldsNoFormulaAndEveryFormulaLookingTextIsAQuotePrefixedString() throws IOException {
        List<String> seen = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(pack.get("data/crosswalk.xlsx")))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType())
                                .as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && startsWithTrigger(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed())
                                    .as(sheet.getSheetName() + "!" + cell.getAddress() + " "
                                            + cell.getStringCellValue())
                                    .isTrue();
                            seen.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertThat(seen)
                .contains(
                        "=HYPERLINK(\"http://evil.test\",\"Click\")",
                        "@SUM(1+1)*cmd|' /C calc'!A0",
                        "+1-555-0100",
                        "-10+20 scan",
                        "=cmd|' /C notepad'!'A1'",
                        "-2+3");
    }

    @Test
    void findingsAndGapsCsvStartNoCellWithAFormulaCharacter() throws IOException {
        List<String> cells = new ArrayList<>();
        for (String name : List.of("data/findings.csv", "data/gaps.csv")) {
            String text = new String(pack.get(name), StandardCharsets.UTF_8);
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text))) {
                record.forEach(cells::add);
            }
        }
        assertThat(cells).noneMatch(FormulaTextStaysTextTest::startsWithTrigger);
        assertThat(cells).as("the texts arrive, neutralised").contains("'-missing.txt", "'@SUM(1+1)*cmd|' /C calc'!A0");
    }

    private static boolean startsWithTrigger(String text) {
        return TRIGGERS.stream().anyMatch(text::startsWith);
    }
}
