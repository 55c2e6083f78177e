package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.report.pdf.PdfText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The longest period accepted (ten years) with 60 daily controls that have no record at all: 219,000 missed slices.
 * The PDF summary stays a document a reader can use: each control names its first 12 missed days and counts the
 * rest, the first 50 controls are listed and the others counted, and everything stays in the workbook.
 */
class BoundedReportsEndToEndTest {
    private static final int CONTROLS = 60;

    @TempDir
    Path folder;

    @Test
    void aTenYearPeriodOfDailyControlsWithoutRecordsGivesAShortSummary() throws IOException {
        Scenario scenario = Scenario.copy("small-soc2", folder.resolve("scenario"));
        Path job = scenario.job();
        Files.writeString(
                job,
                Files.readString(job)
                        .replace(
                                "period: { start: 2026-01-01, end: 2026-06-30 }",
                                "period: { start: 2016-01-01, end: 2025-12-31 }"));
        Files.write(
                scenario.input("controls.csv"),
                Stream.iterate(1, i -> i + 1)
                        .limit(CONTROLS)
                        .map(i -> "D-%02d,Daily check %d,,carol@example.test,daily,prod,Log,implemented,no,IT"
                                .formatted(i, i))
                        .toList(),
                StandardOpenOption.APPEND);

        Cli run = Cli.run("run", job.toString(), "--as-of", "2026-05-15", "--quiet");

        assertThat(run.exit()).as(run.toString()).isEqualTo(0);
        Path zip;
        try (Stream<Path> files = Files.list(scenario.output().resolve("small-soc2-type2"))) {
            zip = files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        PackFile pack = PackFile.read(zip);
        PdfText pdf = PdfText.read(pack.bytes("data/summary.pdf"));
        String text = pdf.flat();
        assertThat(text)
                .contains("D-01: no record for 2016-01-01, 2016-01-02")
                .contains("2016-01-12 and 3641 more")
                .containsPattern("And \\d+ more controls missing records: see the workbook's Controls sheet\\.");
        assertThat(pdf.pages()).as("pages of the summary").hasSizeLessThan(40);
        assertThat(List.of(text.split("no record for"))).hasSize(51);
    }
}
