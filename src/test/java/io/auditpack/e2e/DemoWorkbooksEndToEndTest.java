package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every demo job's pack read back: the workbook (POI) against the pack's own metrics.json and files. The summary,
 * requirement, control, gap and finding figures must be those of metrics.json; every evidence link must point at a
 * file of the pack whose SHA-256 is the one shown; the SoA, Stage 1 and Sample sheets must agree with the rest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoWorkbooksEndToEndTest {
    private static final Map<String, String> JOBS = Map.of(
            "soc2-type2",
            "northwind-soc2-type2-2026",
            "soc2-type1",
            "northwind-soc2-type1",
            "iso27001-stage1",
            "northwind-iso27001-stage1",
            "iso27001-stage2",
            "northwind-iso27001-stage2",
            "management-review",
            "northwind-management-review-2026");
    private final Map<String, PackFile> packs = new HashMap<>();

    @BeforeAll
    void runEveryDemoJob(@TempDir Path project) throws IOException {
        copyTree(Path.of("input"), project.resolve("input"));
        copyTree(Path.of("jobs"), project.resolve("jobs"));
        for (Map.Entry<String, String> job : JOBS.entrySet()) {
            List<String> args = new ArrayList<>(List.of(
                    "run",
                    project.resolve("jobs/" + job.getKey() + ".yaml").toString(),
                    "--output",
                    project.resolve("output").toString()));
            if (!job.getKey().equals("soc2-type1") && !job.getKey().equals("iso27001-stage1")) {
                args.addAll(List.of("--as-of", "2026-11-29"));
            }
            Cli run = Cli.run(args.toArray(String[]::new));
            assertThat(run.exit()).as(run.toString()).isZero();
            String name = job.getValue();
            packs.put(job.getKey(), PackFile.read(project.resolve("output/" + name + "/" + name + "-v0001.zip")));
        }
    }

    private static XSSFWorkbook workbook(PackFile pack) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(pack.bytes("data/crosswalk.xlsx")));
    }

    private static JsonNode metrics(PackFile pack) {
        return JsonMapper.builder().build().readTree(pack.text("data/metrics.json"));
    }

    /** The data rows of a table sheet (up to the first blank row) as header name -> cell text. */
    private static List<Map<String, String>> table(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null || row.getCell(0) == null) {
                break;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), text(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
        if (cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
        return cell.getStringCellValue();
    }

    private static String json(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "" : node.asString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"soc2-type2", "soc2-type1", "iso27001-stage1", "iso27001-stage2", "management-review"})
    void theSummaryRequirementsControlsGapsAndFindingsAreThoseOfMetricsJson(String job) throws IOException {
        PackFile pack = packs.get(job);
        JsonNode metrics = metrics(pack);
        try (XSSFWorkbook book = workbook(pack)) {
            List<Map<String, String>> summary = table(book.getSheet("Summary"));
            for (String framework : metrics.path("frameworks").propertyNames()) {
                JsonNode figures = metrics.path("frameworks").path(framework);
                Map<String, String> line = summary.stream()
                        .filter(r -> r.get("Framework").equals(framework)
                                && r.get("Category").isEmpty())
                        .findFirst()
                        .orElseThrow();
                assertThat(line.get("Requirements in scope")).isEqualTo(json(figures.path("requirements_in_scope")));
                assertThat(line.get("Covered")).isEqualTo(json(figures.path("covered")));
                assertThat(line.get("Partial")).isEqualTo(json(figures.path("partial")));
                assertThat(line.get("Missing control")).isEqualTo(json(figures.path("missing_control")));
                assertThat(line.get("Not applicable")).isEqualTo(json(figures.path("not_applicable")));
                assertThat(Double.parseDouble(line.get("Design coverage %")))
                        .isEqualTo(figures.path("design_coverage_percent").asDouble());
                if (figures.has("effective")) {
                    assertThat(List.of(line.get("Effective"), line.get("Inconsistent"), line.get("No records")))
                            .containsExactly(
                                    json(figures.path("effective")),
                                    json(figures.path("inconsistent")),
                                    json(figures.path("no_records")));
                }
                String sheetName = framework.equals("SOC2") ? "SOC 2" : "ISO 27001";
                List<String> fromSheet = table(book.getSheet(sheetName)).stream()
                        .map(r -> r.get("Requirement") + " " + r.get("Design") + " " + r.get("Operating"))
                        .toList();
                List<String> fromJson = new ArrayList<>();
                metrics.path("requirements").forEach(r -> {
                    if (json(r.path("framework")).equals(framework)) {
                        fromJson.add(
                                json(r.path("id")) + " " + json(r.path("design")) + " " + json(r.path("operating")));
                    }
                });
                assertThat(fromSheet).isEqualTo(fromJson);
            }
            List<String> controls = table(book.getSheet("Controls")).stream()
                    .map(r -> r.get("Control") + " "
                            + r.get("Operating status") + " " + r.get("Due") + " " + r.get("Covered") + " "
                            + r.get("Pending"))
                    .toList();
            List<String> jsonControls = new ArrayList<>();
            metrics.path("controls")
                    .forEach(c -> jsonControls.add(json(c.path("id")) + " " + json(c.path("status")) + " "
                            + json(c.path("due")) + " " + json(c.path("covered")) + " " + json(c.path("pending"))));
            assertThat(controls).isEqualTo(jsonControls).hasSize(80);

            List<String> gaps = table(book.getSheet("Gaps")).stream()
                    .map(r -> r.get("priority") + " " + r.get("type") + " " + r.get("framework") + " "
                            + r.get("requirement") + " " + r.get("control"))
                    .toList();
            List<String> jsonGaps = new ArrayList<>();
            metrics.path("gaps")
                    .forEach(g -> jsonGaps.add(json(g.path("priority")) + " " + json(g.path("type"))
                            + " " + json(g.path("framework")) + " " + json(g.path("requirement")) + " "
                            + json(g.path("control"))));
            assertThat(gaps).containsExactlyInAnyOrderElementsOf(jsonGaps);
            assertThat(table(book.getSheet("Findings")))
                    .hasSize(metrics.path("findings").path("total").asInt());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"soc2-type2", "soc2-type1", "iso27001-stage1", "iso27001-stage2", "management-review"})
    void everyEvidenceLinkOpensAFileOfThePackWhoseSha256IsTheOneShown(String job) throws Exception {
        PackFile pack = packs.get(job);
        JsonNode evidence = metrics(pack).path("evidence");
        try (XSSFWorkbook book = workbook(pack)) {
            List<Map<String, String>> rows = table(book.getSheet("Evidence"));
            Set<String> items = new HashSet<>();
            Set<String> counted = new HashSet<>();
            Set<String> inPeriod = new HashSet<>();
            int packed = 0;
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                items.add(row.get("Evidence"));
                if (row.get("Counted").equals("yes")) {
                    counted.add(row.get("Evidence"));
                }
                if (row.get("In period").equals("yes")) {
                    inPeriod.add(row.get("Evidence"));
                }
                if (row.get("Packed").equals("yes")) {
                    packed++;
                    Cell link = book.getSheet("Evidence").getRow(i + 1).getCell(12);
                    String address = link.getHyperlink().getAddress();
                    assertThat(address)
                            .isEqualTo(row.get("File in pack"))
                            .startsWith("evidence/" + row.get("Control") + "/" + row.get("Evidence") + "__");
                    byte[] file = pack.bytes("data/" + address);
                    assertThat(row.get("SHA-256"))
                            .isEqualTo(HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(file)));
                }
            }
            assertThat(items).hasSize(evidence.path("items").asInt());
            assertThat(counted).hasSize(evidence.path("counted").asInt());
            assertThat(inPeriod).hasSize(evidence.path("in_period").asInt());
            assertThat(packed).isEqualTo(evidence.path("packed_files").asInt());
            assertThat(pack.entries().keySet())
                    .filteredOn(p -> p.startsWith("data/evidence/"))
                    .hasSize(packed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"iso27001-stage1", "iso27001-stage2", "management-review"})
    void theSoaListsAll93AnnexAControlsAsTheIso27001SheetJudgedThem(String job) throws IOException {
        try (XSSFWorkbook book = workbook(packs.get(job))) {
            List<Map<String, String>> soa = table(book.getSheet("SoA"));
            assertThat(soa).hasSize(93);
            Map<String, String> design = new HashMap<>();
            table(book.getSheet("ISO 27001")).forEach(r -> design.put(r.get("Requirement"), r.get("Design")));
            for (Map<String, String> row : soa) {
                assertThat(row.get("Design")).isEqualTo(design.get(row.get("Annex A control")));
                assertThat(row.get("Applicable")).isEqualTo(row.get("Design").equals("not_applicable") ? "no" : "yes");
                assertThat(row.get("Justification").isBlank())
                        .isEqualTo(!row.get("Flag").isBlank());
            }
            assertThat(soa)
                    .filteredOn(r -> r.get("Justification").isBlank())
                    .extracting(r -> r.get("Annex A control"))
                    .containsExactly("A.5.6", "A.5.32", "A.7.14", "A.8.11");
            assertThat(soa)
                    .filteredOn(r -> r.get("Applicable").equals("no"))
                    .extracting(r -> r.get("Annex A control"))
                    .containsExactly("A.7.4", "A.7.5", "A.7.6", "A.7.8", "A.7.11", "A.7.12", "A.7.13", "A.8.30");
            assertThat(soa)
                    .filteredOn(r -> r.get("Implementation").equals("not_implemented"))
                    .extracting(r -> r.get("Annex A control"))
                    .containsExactly("A.5.32", "A.7.1", "A.7.2", "A.7.3", "A.8.11");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"iso27001-stage1"})
    void theStage1ChecklistFindsEveryMandatoryDocumentAndObservesTheOpenGaps(String job) throws IOException {
        try (XSSFWorkbook book = workbook(packs.get(job))) {
            Sheet sheet = book.getSheet("Stage 1 checklist");
            List<Map<String, String>> items = table(sheet);
            assertThat(items).hasSize(14).allMatch(r -> r.get("Status").equals("present"));
            assertThat(items.get(11).get("Clause")).isEqualTo("9.2.2");
            assertThat(items.get(11).get("Evidence")).isEqualTo("EV-0352");
            assertThat(text(sheet.getRow(16).getCell(1))).isEqualTo("ready_with_observations");
            List<String> references = new ArrayList<>();
            for (int i = 17; i <= sheet.getLastRowNum(); i++) {
                assertThat(text(sheet.getRow(i).getCell(0))).isEqualTo("observation");
                references.add(text(sheet.getRow(i).getCell(1)));
            }
            assertThat(references).containsExactly("A.5.32", "A.7.1", "A.7.2", "A.7.3", "A.8.11", "CF-01", "6.1.3");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"soc2-type2", "iso27001-stage2"})
    void eachSampleIsDrawnFromItsControlsCountingRecordsInThePeriodAndSizedByFrequency(String job) throws IOException {
        try (XSSFWorkbook book = workbook(packs.get(job))) {
            Map<String, Set<String>> population = new HashMap<>();
            for (Map<String, String> row : table(book.getSheet("Evidence"))) {
                if (row.get("Counted").equals("yes")
                        && row.get("In period").equals("yes")
                        && !Set.of("policy", "procedure", "standard", "plan").contains(row.get("Type"))) {
                    population
                            .computeIfAbsent(row.get("Control"), k -> new HashSet<>())
                            .add(row.get("Evidence"));
                }
            }
            Map<String, Integer> sizes =
                    Map.of("annual", 1, "semiannual", 2, "quarterly", 2, "monthly", 2, "weekly", 5, "daily", 25);
            Map<String, String> occurrencePopulations = new HashMap<>();
            for (Map<String, String> row : table(book.getSheet("Populations"))) {
                occurrencePopulations.put(row.get("Control"), row.get("In period"));
            }
            List<Map<String, String>> sample = table(book.getSheet("Sample"));
            assertThat(sample).isNotEmpty();
            for (Map<String, String> row : sample) {
                int size = Integer.parseInt(row.get("Sample size"));
                int drawn = Integer.parseInt(row.get("Drawn"));
                int populationSize = Integer.parseInt(row.get("Population"));
                assertThat(drawn).as("the size shown is the size drawn: " + row).isEqualTo(size);
                if (row.get("Unit").equals("occurrence")) {
                    assertThat(row.get("Population")).isEqualTo(occurrencePopulations.get(row.get("Control")));
                } else {
                    Set<String> records = population.getOrDefault(row.get("Control"), Set.of());
                    assertThat(populationSize).as(row.toString()).isEqualTo(records.size());
                    if (!row.get("Evidence").isEmpty()) {
                        assertThat(records).contains(row.get("Evidence"));
                    }
                }
                int table = sizes.getOrDefault(
                        row.get("Frequency"),
                        populationSize <= 25
                                ? populationSize
                                : populationSize <= 100 ? 25 : populationSize <= 250 ? 40 : 60);
                assertThat(size).as(row.toString()).isEqualTo(Math.min(table, populationSize));
                assertThat(row.get("Seed")).isEqualTo(JOBS.get(job) + ":v0001");
            }
            // CM-05 is daily (25) but its 11 monthly exports each cover a month (the 12th item is a standard): all
            // tested
            assertThat(sample)
                    .filteredOn(r -> r.get("Control").equals("CM-05"))
                    .hasSize(11)
                    .allMatch(r -> r.get("Basis").equals("daily: 25 (whole population)"));
            assertThat(sample)
                    .filteredOn(r -> r.get("Frequency").equals("monthly") && Integer.parseInt(r.get("Population")) > 2)
                    .isNotEmpty()
                    .allMatch(r -> r.get("Drawn").equals("2"));
            // HR-01 is sampled from its 12 hires (population of populations.csv), whole
            assertThat(sample)
                    .filteredOn(r -> r.get("Control").equals("HR-01"))
                    .hasSize(12)
                    .allMatch(r ->
                            r.get("Unit").equals("occurrence") && r.get("Item").startsWith("PEOPLE-"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"soc2-type2", "iso27001-stage2"})
    void theTestSheetShowsEachSampledItemItsEvidenceAndTheResponsesToExceptions(String job) throws Exception {
        PackFile pack = packs.get(job);
        try (XSSFWorkbook book = workbook(pack)) {
            List<Map<String, String>> sheet = table(book.getSheet("Test sheet"));
            assertThat(sheet).isNotEmpty();
            assertThat(pack.text("data/test-sheet.csv").split("\r\n")).hasSize(sheet.size() + 1);
            assertThat(sheet)
                    .filteredOn(r ->
                            r.get("Result").equals("exception") && r.get("Kind").equals("occurrence"))
                    .extracting(r -> r.get("Item"))
                    .containsExactlyInAnyOrder("PEOPLE-1101", "PEOPLE-1102", "ITOPS-1201", "ITOPS-1301", "ITOPS-1302");
            Map<String, String> hire = sheet.stream()
                    .filter(r -> r.get("Item").equals("PEOPLE-1101"))
                    .findFirst()
                    .orElseThrow();
            assertThat(hire.get("Response")).startsWith("Screening was completed by the vendor");
            assertThat(hire.get("Response owner")).isEqualTo("grace.okafor@northwind.example");
            assertThat(hire.get("Test attributes")).isEqualTo("Completed screening record per hire");
            assertThat(sheet)
                    .filteredOn(r ->
                            r.get("Kind").equals("slice") && r.get("Control").equals("IAM-05"))
                    .extracting(r -> r.get("Item"), r -> r.get("Response").isEmpty())
                    .containsExactly(tuple("2026-04-01..2026-06-30", false));
            for (Map<String, String> row : sheet) {
                if (row.get("Result").equals("pass")) {
                    assertThat(row.get("Evidence")).as(row.toString()).isNotEmpty();
                }
                for (String file : row.get("Files in pack").split("; ")) {
                    if (!file.isEmpty()) {
                        assertThat(pack.bytes("data/" + file)).as(file).isNotEmpty();
                    }
                }
            }
            for (Map<String, String> row : table(book.getSheet("Populations"))) {
                byte[] extract = Files.readAllBytes(Path.of("input/evidence").resolve(row.get("Extract file")));
                assertThat(row.get("SHA-256"))
                        .isEqualTo(HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(extract)));
                assertThat(Integer.parseInt(row.get("Rows")))
                        .isEqualTo(
                                new String(extract, java.nio.charset.StandardCharsets.UTF_8).split("\r?\n").length - 1);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
