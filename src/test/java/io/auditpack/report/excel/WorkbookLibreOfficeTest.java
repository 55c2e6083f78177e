package io.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.auditpack.domain.PackageType;
import io.auditpack.report.ReportFixtures;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent reader: LibreOffice (headless, its own profile folder so parallel runs do not clash) opens the
 * workbook and exports every sheet as UTF-8 CSV. Skipped when {@code soffice} is not installed (Debian:
 * {@code libreoffice-calc-nogui}).
 */
class WorkbookLibreOfficeTest {
    /** CSV filter options: comma, double quote, UTF-8, first line 1, ..., -1 = one file per sheet. */
    private static final String CSV_ALL_SHEETS =
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    private static Path soffice() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void libreOfficeOpensEverySheetAndShowsTheFormulaLookingTitleAsText(@TempDir Path folder) throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "soffice is not installed");
        Path workbook = folder.resolve("crosswalk.xlsx");
        Files.write(
                workbook,
                ReportFixtures.render(
                        new CrosswalkWorkbookWriter(), WorkbookSheetsTest.context(PackageType.ISO27001_STAGE2)));
        Path out = folder.resolve("csv");
        Process process = new ProcessBuilder(
                        soffice.toString(),
                        "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        CSV_ALL_SHEETS,
                        "--outdir",
                        out.toString(),
                        workbook.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile())
                .start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(folder.resolve("soffice.log"), StandardCharsets.UTF_8);
        assertThat(finished).as("soffice finished: " + log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();

        for (String sheet : List.of(
                "Summary", "Controls", "ISO 27001", "SoA", "Crosswalk", "Evidence", "Sample", "Gaps", "Findings")) {
            assertThat(out.resolve("crosswalk-" + sheet + ".csv")).as(log).exists();
        }
        List<String> controls = Files.readAllLines(out.resolve("crosswalk-Controls.csv"), StandardCharsets.UTF_8);
        assertThat(controls.get(0)).startsWith("Control,Title,Owner,Frequency");
        assertThat(controls.get(2)).startsWith("AC-02,\"=HYPERLINK(\"\"http://x.test\"\",\"\"y\"\")\",@admin,");
        List<String> summary = Files.readAllLines(out.resolve("crosswalk-Summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary.get(1)).startsWith("ISO27001,,");
        List<String> evidence = Files.readAllLines(out.resolve("crosswalk-Evidence.csv"), StandardCharsets.UTF_8);
        assertThat(evidence.get(1)).startsWith("EV-1,CM-01,January changes,ticket,2026-01-20,");
    }
}
