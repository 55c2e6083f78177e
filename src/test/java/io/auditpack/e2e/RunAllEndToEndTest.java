package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run-all} over the demo jobs: the management review runs after the other jobs (though its file name sorts
 * before the SOC 2 ones), so its coverage trend holds every other job's pack of the night; a second run-all
 * publishes nothing, the management review included.
 */
class RunAllEndToEndTest {
    private static final String REVIEW = "northwind-management-review-2026";

    @Test
    void theManagementReviewRunsLastSeesEveryOtherPackAndStaysUnchangedOnTheNextNight(@TempDir Path folder)
            throws Exception {
        DemoCopy.into(folder);

        Cli first = Cli.run("run-all", "--jobs", folder.resolve("jobs").toString(), "--as-of", "2026-11-29");
        Cli second = Cli.run("run-all", "--jobs", folder.resolve("jobs").toString(), "--as-of", "2026-11-29");

        assertThat(first.exit()).as(first.toString()).isZero();
        assertThat(first.out().indexOf(REVIEW + "-v0001.zip"))
                .isGreaterThan(first.out().indexOf("northwind-soc2-type2-2026-v0001.zip"));
        Path review = folder.resolve("output").resolve(REVIEW).resolve(REVIEW + "-v0001.zip");
        assertThat(coverageJobs(review))
                .containsExactly(
                        "northwind-iso27001-stage1",
                        "northwind-iso27001-stage2",
                        REVIEW,
                        "northwind-soc2-type1",
                        "northwind-soc2-type2-2026");
        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(count(second.out(), "unchanged: the content equals v0001")).isEqualTo(5);
        assertThat(second.out()).doesNotContain("published ");
        BagItLibrary.assertValid(review, folder.resolve("bag"));
    }

    private static Set<String> coverageJobs(Path zip) throws Exception {
        PackFile pack = PackFile.read(zip);
        Set<String> jobs = new TreeSet<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(pack.bytes("data/crosswalk.xlsx")))) {
            Sheet sheet = book.getSheet("Review Coverage");
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    jobs.add(format.formatCellValue(row.getCell(0)));
                }
            }
        }
        return jobs;
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
