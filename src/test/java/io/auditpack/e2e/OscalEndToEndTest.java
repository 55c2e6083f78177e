package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.report.oscal.OscalSchemas;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OSCAL files of every demo pack, run through the real command line as of 2026-11-29 (the point-in-time jobs
 * keep the date they pin) into two output folders: both files are valid against NIST's OSCAL 1.1.3 schemas, every
 * piece of relevant evidence names a file of the bag whose SHA-256 is the bag manifest's, the findings and POA&M
 * items follow the pack's metrics, and the second run writes the same bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OscalEndToEndTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RESULTS = "data/oscal/assessment-results.json";
    private static final String POAM = "data/oscal/poam.json";

    private Path project;

    @BeforeAll
    void copyTheDemo(@TempDir Path folder) throws IOException {
        project = folder;
        DemoCopy.into(folder);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "soc2-type2        | northwind-soc2-type2-2026        | 2026-11-29",
                "soc2-type1        | northwind-soc2-type1             | 2026-06-30",
                "iso27001-stage1   | northwind-iso27001-stage1        | 2026-10-15",
                "iso27001-stage2   | northwind-iso27001-stage2        | 2026-11-29",
                "management-review | northwind-management-review-2026 | 2026-11-29"
            })
    void eachDemoPackCarriesValidOscalThatPointsIntoItsBagAndRerunsToTheSameBytes(String job, String name, String asOf)
            throws IOException {
        PackFile pack = run(job, name, asOf, "output-first");
        PackFile again = run(job, name, asOf, "output-second");

        assertThat(OscalSchemas.ASSESSMENT_RESULTS.errors(pack.bytes(RESULTS))).isEmpty();
        assertThat(OscalSchemas.POAM.errors(pack.bytes(POAM))).isEmpty();
        assertThat(again.bytes(RESULTS)).isEqualTo(pack.bytes(RESULTS));
        assertThat(again.bytes(POAM)).isEqualTo(pack.bytes(POAM));

        JsonNode results = JSON.readTree(pack.bytes(RESULTS)).path("assessment-results");
        JsonNode poam = JSON.readTree(pack.bytes(POAM)).path("plan-of-action-and-milestones");
        JsonNode metrics = JSON.readTree(pack.bytes("data/metrics.json"));
        assertThat(results.at("/metadata/published").asString()).isEqualTo(asOf + "T00:00:00Z");
        assertThat(results.at("/metadata/version").asString()).isEqualTo("v0001");
        assertThat(poam.at("/system-id/id").asString()).isEqualTo(name);
        assertThatEvidencePointsIntoTheBag(pack, results);
        assertThatFindingsFollowTheMetrics(results.at("/results/0/findings"), metrics);
        assertThat(poam.path("poam-items").size())
                .isEqualTo(Math.max(1, metrics.path("remediation").size()));
    }

    /**
     * Every relevant-evidence href, resolved against the file's own folder, is a payload file of the bag; the
     * back-matter resource it links to gives that file the manifest's SHA-256.
     */
    private static void assertThatEvidencePointsIntoTheBag(PackFile pack, JsonNode results) {
        Map<String, String> manifest = manifest(pack);
        Map<String, String> hashes = new HashMap<>();
        for (JsonNode resource : results.at("/back-matter/resources")) {
            for (JsonNode link : resource.path("rlinks")) {
                hashes.put(
                        resource.path("uuid").asString() + " "
                                + link.path("href").asString(),
                        link.at("/hashes/0/algorithm").asString() + " "
                                + link.at("/hashes/0/value").asString());
            }
        }
        Set<String> named = new HashSet<>();
        for (JsonNode observation : results.at("/results/0/observations")) {
            assertThat(observation.path("methods").toString()).isEqualTo("[\"EXAMINE\"]");
            for (JsonNode evidence : observation.path("relevant-evidence")) {
                String href = evidence.path("href").asString();
                String path = URI.create(RESULTS).resolve(href).toString();
                String resource = evidence.at("/links/0/href").asString().substring(1);

                assertThat(manifest).containsKey(path);
                assertThat(hashes.get(resource + " " + href)).isEqualTo("SHA-256 " + manifest.get(path));
                named.add(path);
            }
        }
        assertThat(named)
                .isEqualTo(manifest.keySet().stream()
                        .filter(p -> p.startsWith("data/evidence/"))
                        .collect(java.util.stream.Collectors.toSet()))
                .isNotEmpty();
    }

    /** One finding per in-scope requirement; a requirement with a gap is not satisfied. */
    private static void assertThatFindingsFollowTheMetrics(JsonNode findings, JsonNode metrics) {
        Map<String, String> stateByTarget = new HashMap<>();
        findings.forEach(f -> stateByTarget.put(
                f.at("/target/target-id").asString(),
                f.at("/target/status/state").asString()));
        List<String> inScope = new ArrayList<>();
        metrics.path("requirements").forEach(r -> {
            if (!r.path("design").asString().equals("not_applicable")) {
                inScope.add(r.path("framework").asString().toLowerCase() + "-"
                        + r.path("id").asString());
            }
        });
        assertThat(stateByTarget.keySet()).containsExactlyInAnyOrderElementsOf(inScope);
        metrics.path("gaps")
                .forEach(g -> assertThat(
                                stateByTarget.get(g.path("framework").asString().toLowerCase() + "-"
                                        + g.path("requirement").asString()))
                        .isEqualTo("not-satisfied"));
        assertThat(stateByTarget.values()).contains("satisfied");
    }

    /** The bag's manifest-sha256.txt: SHA-256 by payload path. */
    private static Map<String, String> manifest(PackFile pack) {
        Map<String, String> manifest = new HashMap<>();
        for (String line : pack.text("manifest-sha256.txt").split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.strip().split("\\s+", 2);
                manifest.put(parts[1], parts[0]);
            }
        }
        return manifest;
    }

    private PackFile run(String job, String name, String asOf, String output) throws IOException {
        Path out = project.resolve(output);
        Cli run = Cli.run(
                "run",
                project.resolve("jobs/" + job + ".yaml").toString(),
                "--as-of",
                asOf,
                "--output",
                out.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        return PackFile.read(out.resolve(name).resolve(name + "-v0001.zip"));
    }
}
