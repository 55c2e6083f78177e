package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.report.pdf.PdfText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every demo job's published pack: its data/summary.pdf, read back with PDFBox, carries the figures of the
 * metrics.json beside it (headline counts per framework and category, gaps, remediation items, findings by code,
 * evidence statistics, every missing slice and every control), its sections are bookmarked, and poppler's
 * pdftotext (an independent reader; skipped when it is not installed) reads the same figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSummaryPdfEndToEndTest {
    private final Map<String, PackFile> packs = new HashMap<>();
    private Path project;

    @BeforeAll
    void publishEveryDemoJob(@TempDir Path folder) throws IOException {
        project = folder;
        DemoCopy.into(folder);
        for (String job :
                List.of("soc2-type1", "soc2-type2", "iso27001-stage1", "iso27001-stage2", "management-review")) {
            List<String> args = new ArrayList<>(
                    List.of("run", folder.resolve("jobs/" + job + ".yaml").toString()));
            if (!job.equals("soc2-type1") && !job.equals("iso27001-stage1")) {
                args.addAll(List.of("--as-of", "2026-11-29"));
            }
            Cli run = Cli.run(args.toArray(String[]::new));
            assertThat(run.exit()).as(run.toString()).isZero();
            try (var published = Files.list(folder.resolve("output"))) {
                for (Path jobFolder : published.filter(Files::isDirectory).toList()) {
                    Path zip = jobFolder.resolve(jobFolder.getFileName() + "-v0001.zip");
                    if (Files.exists(zip)) {
                        packs.putIfAbsent(jobFolder.getFileName().toString(), PackFile.read(zip));
                    }
                }
            }
        }
        assertThat(packs).hasSize(5);
    }

    private PackFile pack(String job) {
        return packs.get(job);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "northwind-soc2-type1",
                "northwind-soc2-type2-2026",
                "northwind-iso27001-stage1",
                "northwind-iso27001-stage2",
                "northwind-management-review-2026"
            })
    void theSummaryCarriesTheFiguresOfMetricsJson(String job) throws IOException {
        PackFile pack = pack(job);
        JsonNode metrics = JsonMapper.builder().build().readTree(pack.text("data/metrics.json"));
        PdfText pdf = PdfText.read(pack.bytes("data/summary.pdf"));
        String text = pdf.flat();
        assertThat(pdf.pages().get(0))
                .contains(
                        metrics.path("organization").asString(),
                        metrics.path("system").asString(),
                        metrics.path("package").asString(),
                        "v0001",
                        "first version",
                        metrics.path("as_of").asString());
        boolean judges = !metrics.path("period").isNull();
        metrics.path("frameworks").properties().forEach(framework -> {
            assertThat(text).contains(row(framework.getKey(), framework.getValue(), judges));
            assertThat(text)
                    .contains(framework.getKey() + ": design coverage "
                            + framework
                                    .getValue()
                                    .path("design_coverage_percent")
                                    .asString() + "%");
            framework
                    .getValue()
                    .path("categories")
                    .properties()
                    .forEach(category -> assertThat(text)
                            .contains(row(framework.getKey() + " " + category.getKey(), category.getValue(), judges)));
        });
        assertThat(text)
                .contains("%d gaps in %d remediation items; %d findings"
                        .formatted(
                                metrics.path("gaps").size(),
                                metrics.path("remediation").size(),
                                metrics.path("findings").path("total").asInt()));
        JsonNode evidence = metrics.path("evidence");
        assertThat(text)
                .contains("%d evidence items in the catalog; %d count; %d fall inside the audit period; %d "
                        .formatted(
                                evidence.path("items").asInt(),
                                evidence.path("counted").asInt(),
                                evidence.path("in_period").asInt(),
                                evidence.path("packed_files").asInt()));
        metrics.path("findings")
                .path("by_code")
                .properties()
                .forEach(code -> assertThat(text)
                        .containsPattern(java.util.regex.Pattern.quote(code.getKey()) + " (warning|error|info) "
                                + code.getValue().asInt() + " "));
        for (JsonNode control : metrics.path("controls")) {
            assertThat(text).contains(control.path("id").asString());
            List<String> missing = new ArrayList<>();
            control.path("missing_slices").forEach(s -> missing.add(s.asString()));
            if (!missing.isEmpty()) {
                assertThat(text)
                        .contains(control.path("id").asString() + ": no record for " + String.join(", ", missing));
            }
        }
        metrics.path("remediation").forEach(item -> {
            if (item.path("priority").asInt() <= 10) {
                assertThat(text)
                        .contains(item.path("priority").asInt() + " "
                                + item.path("id").asString() + " ");
            }
        });
        assertThat(pdf.titles())
                .contains(
                        "Executive summary",
                        "Changes since the previous version",
                        metrics.path("package").asString().startsWith("iso27001")
                                ? "ISMS scope (ISO/IEC 27001:2022 clause 4.3)"
                                : "Scope",
                        "Exceptions",
                        "Findings",
                        "Evidence statistics",
                        "Appendix: controls");
        assertThat(pdf.titles())
                .contains(
                        metrics.path("package").asString().equals("management-review")
                                ? "Opportunities for improvement"
                                : "Top remediation items");
        int pages = pdf.pages().size();
        assertThat(pdf.pages().get(pages - 1)).contains("page " + pages + " of " + pages);
    }

    /** {@code SOC2 security 33 28 4 1 0 97.0 ...}: a row of the headline table as the text reads it. */
    private static String row(String label, JsonNode counts, boolean judges) {
        StringBuilder row = new StringBuilder(label);
        for (String key : List.of("requirements_in_scope", "covered", "partial", "missing_control", "not_applicable")) {
            row.append(' ').append(counts.path(key).asInt());
        }
        row.append(' ').append(counts.path("design_coverage_percent").asString());
        if (judges) {
            for (String key : List.of("effective", "inconsistent", "no_records", "not_yet_due")) {
                row.append(' ').append(counts.path(key).asInt());
            }
        }
        return row.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"northwind-soc2-type2-2026", "northwind-iso27001-stage1"})
    void pdftotextReadsTheSummary(String job) throws Exception {
        Assumptions.assumeTrue(onPath("pdftotext"), "pdftotext (poppler-utils) is not installed");
        PackFile pack = pack(job);
        Path pdf = project.resolve(job + ".pdf");
        Files.write(pdf, pack.bytes("data/summary.pdf"));
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        JsonNode metrics = JsonMapper.builder().build().readTree(pack.text("data/metrics.json"));
        String flat = text.replaceAll("\\s+", " ");
        metrics.path("frameworks")
                .properties()
                .forEach(framework -> assertThat(flat)
                        .contains(framework.getKey() + ": design coverage "
                                + framework
                                        .getValue()
                                        .path("design_coverage_percent")
                                        .asString() + "%"));
        assertThat(flat)
                .contains(
                        "Evidence pack summary",
                        metrics.path("organization").asString(),
                        "%d evidence items in the catalog"
                                .formatted(
                                        metrics.path("evidence").path("items").asInt()));
        System.out.println("pdftotext " + job + ": exit " + process.exitValue() + ", " + text.length() + " characters, "
                + text.split("\f").length + " pages");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        return java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"northwind-soc2-type2-2026", "northwind-iso27001-stage2"})
    void theSampledSummaryShowsTheSamplePopulationsAndEveryExceptionWithItsResponse(String job) throws IOException {
        PackFile pack = pack(job);
        PdfText pdf = PdfText.read(pack.bytes("data/summary.pdf"));
        String text = pdf.flat();
        assertThat(pdf.bookmarks())
                .anyMatch(b -> b.contains(job.contains("soc2") ? "Type II auditor sample" : "Stage 2 auditor sample"))
                .anyMatch(b -> b.contains("Populations, tests and management responses"));
        assertThat(text)
                .contains("POP-HIRES-2026", "POP-LEAVERS-2026", "POP-ACCESS-2026")
                .contains("HiBob: Report 'New starters'")
                .contains("PEOPLE-1101", "PEOPLE-1102", "ITOPS-1201", "ITOPS-1301", "ITOPS-1302")
                .contains("Screening was completed") // the response cell wraps; its first words share one line
                .contains("Management responded to 4 of")
                .contains("no response");
        String[] csv = pack.text("data/test-sheet.csv").split("\r\n");
        long exceptions = java.util.Arrays.stream(csv)
                .filter(line -> line.contains(",exception,"))
                .count();
        assertThat(text).contains("Management responded to 4 of " + exceptions + " exceptions");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "northwind-soc2-type1",
                "northwind-soc2-type2-2026",
                "northwind-iso27001-stage1",
                "northwind-iso27001-stage2",
                "northwind-management-review-2026"
            })
    void everyDemoPackAnswersTheRequestListInItsWorkbookCsvAndPdf(String job) throws IOException {
        PackFile pack = pack(job);
        String[] csv = pack.text("data/requests.csv").split("\r\n");
        assertThat(csv).hasSize(53); // the header and the 52 requests of input/requests.csv
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(pack.bytes("data/crosswalk.xlsx")))) {
            org.apache.poi.ss.usermodel.Sheet requests = book.getSheet("Requests");
            assertThat(requests).as("Requests sheet").isNotNull();
            assertThat(requests.getLastRowNum()).isEqualTo(52);
            for (int row = 1; row <= 52; row++) {
                String id = requests.getRow(row).getCell(0).getStringCellValue();
                assertThat(csv[row]).as("row %d", row).startsWith(id + ",");
            }
            List<String> gapHeader = new ArrayList<>();
            book.getSheet("Gaps").getRow(0).forEach(c -> gapHeader.add(c.getStringCellValue()));
            assertThat(gapHeader).contains("target_date", "item_status", "overdue");
        }
        PdfText pdf = PdfText.read(pack.bytes("data/summary.pdf"));
        assertThat(pdf.bookmarks()).anyMatch(b -> b.contains("Auditor requests"));
        assertThat(pdf.flat().replaceAll("\\s+", " ")).contains("52 requests on the auditor's list");
    }
}
