package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-worked scenario of src/test/resources/scenarios/small-soc2 (its README holds the answers), run through
 * the real command line; every figure is read back from the published pack.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallSoc2EndToEndTest {
    private static final String JOB = "small-soc2-type2";

    private Scenario scenario;
    private Cli firstRun;
    private Path v1;
    private PackFile pack;
    private JsonNode metrics;

    @BeforeAll
    void runTheJobOnce(@TempDir Path folder) throws IOException {
        scenario = Scenario.copy("small-soc2", folder);
        firstRun = Cli.run("run", scenario.job().toString(), "--as-of", "2026-05-15");
        v1 = scenario.output().resolve(JOB).resolve(JOB + "-v0001.zip");
        pack = PackFile.read(v1);
        metrics = JsonMapper.builder().build().readTree(pack.text("data/metrics.json"));
    }

    @Test
    void theRunPublishesVersionOneWithItsChecksumBesideIt() throws IOException {
        assertThat(firstRun.exit()).as(firstRun.toString()).isZero();
        assertThat(firstRun.out()).contains("published").contains(JOB + "-v0001.zip");
        assertThat(pack.top()).isEqualTo(JOB + "-v0001");
        Path sidecar = v1.resolveSibling(JOB + "-v0001.zip.sha256");
        assertThat(Files.readString(sidecar)).isEqualTo(PackFile.sha256(v1) + "  " + JOB + "-v0001.zip\n");
    }

    @Nested
    class Metrics {
        @Test
        void headFieldsNameTheJobPackageVersionAndDates() {
            assertThat(metrics.path("job").asString()).isEqualTo(JOB);
            assertThat(metrics.path("package").asString()).isEqualTo("soc2-type2");
            assertThat(metrics.path("version").asInt()).isEqualTo(1);
            assertThat(metrics.path("as_of").asString()).isEqualTo("2026-05-15");
            assertThat(metrics.path("period").path("start").asString()).isEqualTo("2026-01-01");
            assertThat(metrics.path("period").path("end").asString()).isEqualTo("2026-06-30");
        }

        @Test
        void soc2FiguresAreTheHandWorkedOnes() {
            JsonNode soc2 = metrics.path("frameworks").path("SOC2");
            assertThat(soc2.path("requirements_in_scope").asInt()).isEqualTo(33);
            assertThat(soc2.path("covered").asInt()).isEqualTo(4);
            assertThat(soc2.path("partial").asInt()).isEqualTo(1);
            assertThat(soc2.path("missing_control").asInt()).isEqualTo(28);
            assertThat(soc2.path("effective").asInt()).isEqualTo(3);
            assertThat(soc2.path("inconsistent").asInt()).isEqualTo(1);
            assertThat(soc2.path("no_records").asInt()).isEqualTo(1);
            assertThat(metrics.path("frameworks").has("ISO27001")).isFalse();
        }

        @Test
        void eachMappedRequirementHasItsDesignOperatingStatusAndControls() {
            assertThat(requirement("CC6.2")).isEqualTo("covered/effective/[C-01]");
            assertThat(requirement("CC6.3")).isEqualTo("partial/effective/[C-01]");
            assertThat(requirement("CC7.1")).isEqualTo("covered/inconsistent/[C-02]");
            assertThat(requirement("CC7.2")).isEqualTo("covered/no_records/[C-04, C-06]");
            assertThat(requirement("CC8.1")).isEqualTo("covered/effective/[C-03]");
            assertThat(requirement("CC6.4")).isEqualTo("missing_control/not_implemented/[]");
            assertThat(metrics.path("requirements").size()).isEqualTo(33);
        }

        @Test
        void eachControlHasItsStatusAndSliceCounts() {
            assertThat(control("C-01")).isEqualTo("effective due=1 covered=1 pending=1");
            assertThat(control("C-02")).isEqualTo("inconsistent due=4 covered=3 pending=1");
            assertThat(control("C-03")).isEqualTo("effective due=1 covered=1 pending=0");
            assertThat(control("C-04")).isEqualTo("no_records due=4 covered=0 pending=1");
            assertThat(control("C-05")).isEqualTo("not_implemented due=0 covered=0 pending=0");
            assertThat(control("C-06")).isEqualTo("effective due=4 covered=4 pending=1");
            assertThat(find(metrics.path("controls"), "id", "C-02")
                            .path("missing_slices")
                            .get(0)
                            .asString())
                    .isEqualTo("2026-02");
        }

        @Test
        void gapsCarryTheirPriorityInTheDocumentedOrder() {
            JsonNode gaps = metrics.path("gaps");
            assertThat(gaps.size()).isEqualTo(31);
            assertThat(gap(gaps.get(0))).isEqualTo("1 missing_control SOC2 CC1.1 -");
            assertThat(gap(gaps.get(27))).isEqualTo("28 missing_control SOC2 CC9.2 -");
            assertThat(gap(gaps.get(28))).isEqualTo("29 missing_operational_record SOC2 CC7.2 C-04");
            assertThat(gap(gaps.get(29))).isEqualTo("30 inconsistent_performance SOC2 CC7.1 C-02");
            assertThat(gap(gaps.get(30))).isEqualTo("31 missing_documentation SOC2 CC8.1 C-03");
            assertThat(gaps.get(29).path("owner").asString()).isEqualTo("bob@example.test");
        }

        private String requirement(String id) {
            JsonNode node = find(metrics.path("requirements"), "id", id);
            List<String> controls = new ArrayList<>();
            node.path("controls").forEach(c -> controls.add(c.asString()));
            return node.path("design").asString() + "/" + node.path("operating").asString() + "/" + controls;
        }

        private String control(String id) {
            JsonNode node = find(metrics.path("controls"), "id", id);
            return "%s due=%d covered=%d pending=%d"
                    .formatted(
                            node.path("status").asString(),
                            node.path("due").asInt(),
                            node.path("covered").asInt(),
                            node.path("pending").asInt());
        }

        private String gap(JsonNode gap) {
            String control = gap.path("control").isNull()
                            || gap.path("control").asString().isEmpty()
                    ? "-"
                    : gap.path("control").asString();
            return "%d %s %s %s %s"
                    .formatted(
                            gap.path("priority").asInt(),
                            gap.path("type").asString(),
                            gap.path("framework").asString(),
                            gap.path("requirement").asString(),
                            control);
        }
    }

    @Nested
    class FindingsAndPlan {
        @Test
        void findingsCsvListsTheWarningsWithFileAndLine() throws IOException {
            List<String> rows = csv("data/findings.csv").stream()
                    .map(r -> r.get("severity") + " " + r.get("code") + " " + r.get("file") + ":" + r.get("line"))
                    .sorted()
                    .toList();
            assertThat(rows)
                    .containsExactly(
                            "warning control.owner_missing controls.csv:5",
                            "warning crosswalk.mapping_without_evidence mappings.csv:6",
                            "warning evidence.after_as_of evidence.csv:8",
                            "warning evidence.document_stale evidence.csv:10",
                            "warning evidence.outside_period evidence.csv:3",
                            // the small scenario's scope.yaml has no SOC 2 description (DC 1..DC 9): one per section
                            "warning scope.description_missing scope.yaml:",
                            "warning scope.description_missing scope.yaml:",
                            "warning scope.description_missing scope.yaml:",
                            "warning scope.description_missing scope.yaml:",
                            "warning scope.description_missing scope.yaml:",
                            "warning scope.description_missing scope.yaml:",
                            "warning scope.description_missing scope.yaml:");
        }

        @Test
        void gapsCsvIsTheRemediationPlanInPriorityOrder() throws IOException {
            List<CSVRecord> rows = csv("data/gaps.csv");
            assertThat(rows).hasSize(31);
            assertThat(rows.get(0).get("priority")).isEqualTo("1");
            assertThat(rows.get(0).get("requirement")).isEqualTo("CC1.1");
            assertThat(rows.get(28).get("control")).isEqualTo("C-04");
            assertThat(rows.get(30).get("type")).isEqualTo("missing_documentation");
            assertThat(rows.get(30).get("owner")).isEqualTo("dave@example.test");
        }

        private List<CSVRecord> csv(String path) throws IOException {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(pack.text(path)))
                    .getRecords();
        }
    }

    @Nested
    class PackContents {
        @Test
        void theBagHoldsTheReportsAndExactlyTheEvidenceInScope() {
            assertThat(pack.entries().keySet())
                    .filteredOn(p -> p.startsWith("data/evidence/"))
                    .containsExactlyInAnyOrder(
                            "data/evidence/C-01/EV-01__access-control-policy.md",
                            "data/evidence/C-06/EV-01__access-control-policy.md",
                            "data/evidence/C-01/EV-03__access-review-2026-q1.csv",
                            "data/evidence/C-02/EV-04__scan-2026-01.txt",
                            "data/evidence/C-02/EV-05__scan-2026-03.txt",
                            "data/evidence/C-02/EV-06__scan-2026-04.txt",
                            "data/evidence/C-03/EV-09__change-procedure.md",
                            "data/evidence/C-06/EV-10__log-review-q1.txt",
                            "data/evidence/C-06/EV-11__log-review-2026-04.txt");
            assertThat(pack.entries())
                    .containsKeys(
                            "bagit.txt",
                            "bag-info.txt",
                            "manifest-sha256.txt",
                            "tagmanifest-sha256.txt",
                            "data/summary.pdf",
                            "data/crosswalk.xlsx",
                            "data/metrics.json",
                            "data/findings.csv",
                            "data/gaps.csv",
                            "data/requests.csv",
                            "data/oscal/assessment-results.json",
                            "data/oscal/poam.json",
                            "data/calendar.ics");
        }

        @Test
        void evidenceTravelsByteForByte() throws IOException {
            try (var original = getClass()
                    .getResourceAsStream("/scenarios/small-soc2/input/evidence/reviews/access-review-2026-q1.csv")) {
                assertThat(pack.bytes("data/evidence/C-01/EV-03__access-review-2026-q1.csv"))
                        .isEqualTo(original.readAllBytes());
            }
        }

        @Test
        void bagInfoNamesTheOrganisationPackagePeriodVersionAndHasNoPredecessor() {
            assertThat(pack.text("bag-info.txt"))
                    .contains("Small Example Ltd")
                    .contains("soc2-type2")
                    .contains("2026-01-01")
                    .contains("2026-05-15")
                    .contains("0001")
                    .contains("none");
        }

        @Test
        void sha256sumAcceptsTheExtractedManifest(@TempDir Path extracted) throws Exception {
            Path bag = pack.extractTo(extracted);
            Process check = new ProcessBuilder("sha256sum", "--strict", "-c", "manifest-sha256.txt")
                    .directory(bag.toFile())
                    .redirectErrorStream(true)
                    .start();
            String said = new String(check.getInputStream().readAllBytes());
            assertThat(check.waitFor()).as(said).isZero();
            assertThat(said.lines().filter(l -> l.endsWith(": OK"))).hasSize(21);
        }

        @Test
        void verifyAcceptsThePack() {
            Cli verify = Cli.run("verify", v1.toString());
            assertThat(verify.exit()).as(verify.toString()).isZero();
        }

        @Test
        void verifyRefusesACopyWithOneChangedEvidenceFile(@TempDir Path elsewhere) throws IOException {
            Path copy = elsewhere.resolve(v1.getFileName());
            try (var in = new ZipInputStream(Files.newInputStream(v1));
                    var out = new ZipOutputStream(Files.newOutputStream(copy))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] bytes = in.readAllBytes();
                    if (entry.getName().endsWith("EV-04__scan-2026-01.txt")) {
                        bytes[bytes.length - 2] ^= 1;
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }

            Cli verify = Cli.run("verify", copy.toString());

            assertThat(verify.exit()).as(verify.toString()).isEqualTo(3);
            assertThat(verify.out()).contains("PROBLEM").contains("data/evidence/C-02/EV-04__scan-2026-01.txt");
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class Versions {
        @Test
        @Order(1)
        void aSecondRunWithUnchangedInputsPublishesNothing() throws IOException {
            String before = PackFile.sha256(v1);
            Cli again = Cli.run("run", scenario.job().toString(), "--as-of", "2026-05-15");
            assertThat(again.exit()).as(again.toString()).isZero();
            assertThat(again.out()).contains("unchanged");
            assertThat(versions()).containsExactly(JOB + "-v0001.zip");
            assertThat(PackFile.sha256(v1)).isEqualTo(before);
        }

        @Test
        @Order(2)
        void aChangedEvidenceFilePublishesVersionTwoAndLeavesVersionOneAsItWas() throws IOException {
            String before = PackFile.sha256(v1);
            Files.writeString(scenario.input("evidence/scans/scan-2026-03.txt"), "rescanned: 0 findings\n");
            Cli changed = Cli.run("run", scenario.job().toString(), "--as-of", "2026-05-15");
            assertThat(changed.exit()).as(changed.toString()).isZero();
            assertThat(versions()).containsExactly(JOB + "-v0001.zip", JOB + "-v0002.zip");
            assertThat(PackFile.sha256(v1)).isEqualTo(before);
            PackFile v2 = PackFile.read(v1.resolveSibling(JOB + "-v0002.zip"));
            assertThat(v2.text("bag-info.txt")).contains(before);
            assertThat(v2.text("data/evidence/C-02/EV-05__scan-2026-03.txt")).isEqualTo("rescanned: 0 findings\n");
            Cli verify = Cli.run("verify", v1.resolveSibling(JOB + "-v0002.zip").toString());
            assertThat(verify.exit()).as(verify.toString()).isZero();
            assertThat(verify.out()).contains(before);
        }

        @Test
        @Order(3)
        void historyShowsTheVersionsAndEveryRun() {
            Cli history = Cli.run("history", scenario.job().toString());
            assertThat(history.exit()).as(history.toString()).isZero();
            assertThat(history.out())
                    .contains("runs: 3")
                    .contains("unchanged v0001")
                    .contains("published v0002");
            assertThat(history.out().lines().filter(l -> l.startsWith("  v000")))
                    .satisfiesExactly(
                            v1 -> assertThat(v1).contains("v0001").contains(" first "),
                            v2 -> assertThat(v2).contains("v0002").contains(" chained "));
        }

        private List<String> versions() throws IOException {
            try (var files = Files.list(scenario.output().resolve(JOB))) {
                return files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".zip"))
                        .sorted()
                        .toList();
            }
        }
    }

    private static JsonNode find(JsonNode list, String key, String value) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(n -> value.equals(n.path(key).asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + "=" + value + " in " + list));
    }
}
