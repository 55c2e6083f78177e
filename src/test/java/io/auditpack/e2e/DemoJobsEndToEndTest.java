package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo organisation of input/ and one demo job per package type of jobs/, run through the real command line
 * as of 2026-11-29 (the point-in-time jobs keep the as-of date they pin). Each published pack passes our verifier
 * and the Library of Congress BagIt validator, and says what its package type audits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoJobsEndToEndTest {
    private Path project;

    @BeforeAll
    void copyTheDemo(@TempDir Path folder) throws IOException {
        project = folder;
        copyTree(Path.of("input"), folder.resolve("input"));
        copyTree(Path.of("jobs"), folder.resolve("jobs"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "soc2-type2      | northwind-soc2-type2-2026        | 2026-11-29 | SOC2          | 12 | true",
                "soc2-type1      | northwind-soc2-type1             |            | SOC2          | 2  | false",
                "iso27001-stage1 | northwind-iso27001-stage1        |            | ISO27001      | 7  | false",
                "iso27001-stage2 | northwind-iso27001-stage2        | 2026-11-29 | ISO27001      | 16 | true",
                "management-review | northwind-management-review-2026 | 2026-11-29 | SOC2 ISO27001 | 28 | true"
            })
    void eachDemoJobPublishesAVerifiablePackForItsFrameworks(
            String file, String name, String asOf, String frameworks, int gaps, boolean judgesOperation)
            throws Exception {
        List<String> args = new ArrayList<>(
                List.of("run", project.resolve("jobs/" + file + ".yaml").toString()));
        if (asOf != null) {
            args.addAll(List.of("--as-of", asOf));
        }
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.toString()).isZero();

        Path zip = project.resolve("output").resolve(name).resolve(name + "-v0001.zip");
        Cli verify = Cli.run("verify", zip.toString());
        assertThat(verify.exit()).as(verify.toString()).isZero();
        PackFile pack = PackFile.read(zip);
        assertThatTheBagIsValid(pack, project.resolve("bags").resolve(name));

        JsonNode metrics = JsonMapper.builder().build().readTree(pack.text("data/metrics.json"));
        assertThat(metrics.path("package").asString()).isEqualTo(file);
        assertThat(metrics.path("frameworks").propertyNames()).containsExactlyInAnyOrder(frameworks.split(" "));
        assertThat(metrics.path("gaps").size()).isEqualTo(gaps);
        metrics.path("frameworks")
                .forEach(figures -> assertThat(figures.has("effective")).isEqualTo(judgesOperation));
        assertThat(pack.entries().keySet())
                .filteredOn(p -> p.startsWith("data/evidence/"))
                .isNotEmpty();
    }

    @Test
    void theSoc2TypeTwoDemoShowsTheSeededProblems() throws IOException {
        Path zip = runInto("soc2-type2", project.resolve("output-seeded"));
        JsonNode metrics =
                JsonMapper.builder().build().readTree(PackFile.read(zip).text("data/metrics.json"));
        JsonNode soc2 = metrics.path("frameworks").path("SOC2");
        assertThat(List.of(
                        soc2.path("requirements_in_scope").asInt(),
                        soc2.path("covered").asInt(),
                        soc2.path("partial").asInt(),
                        soc2.path("missing_control").asInt(),
                        soc2.path("effective").asInt(),
                        soc2.path("inconsistent").asInt(),
                        soc2.path("no_records").asInt(),
                        soc2.path("not_yet_due").asInt()))
                .containsExactly(38, 28, 9, 1, 29, 5, 2, 1);
        assertThat(metrics.path("collection_lag_days").asInt()).isEqualTo(5);
        assertThat(control(metrics, "HR-01"))
                .isEqualTo("inconsistent due=12 covered=10 pending=0 missing=[\"2026-08-10\",\"2026-10-19\"]");
        assertThat(control(metrics, "HR-02")).isEqualTo("effective due=10 covered=10 pending=0 missing=[]");
        assertThat(control(metrics, "HR-06")).isEqualTo("not_yet_due due=0 covered=0 pending=1 missing=[]");
        List<String> gaps = new ArrayList<>();
        metrics.path("gaps")
                .forEach(g -> gaps.add(g.path("type").asString() + " "
                        + g.path("requirement").asString() + " "
                        + (g.path("control").isNull() ? "-" : g.path("control").asString())));
        assertThat(gaps)
                .containsExactlyInAnyOrder(
                        "missing_control CC6.4 -",
                        "inconsistent_performance CC6.2 IAM-05",
                        "inconsistent_performance CC6.3 IAM-05",
                        "inconsistent_performance CC7.1 OPS-03",
                        // judged on their populations (input/populations.csv): occurrences without a record
                        "inconsistent_performance CC1.4 HR-01",
                        "inconsistent_performance CC6.2 HR-07",
                        "inconsistent_performance CC6.5 HR-07",
                        "inconsistent_performance CC6.2 IAM-02",
                        "inconsistent_performance CC6.3 IAM-02",
                        "missing_operational_record A1.2 AV-03",
                        "missing_operational_record A1.3 AV-03",
                        "missing_documentation C1.1 CF-01");
    }

    /**
     * The README's figures a week later without new records: with the 5-day lag the daily controls miss only
     * 29 November (its lag ended on 4 December), the days after it are pending, and what has operated counts.
     */
    @Test
    void theSoc2TypeTwoDemoInEarlyDecemberJudgesWhatHasOperatedAndAwaitsTheRest() throws IOException {
        Path zip = runInto("soc2-type2", project.resolve("output-december"), "2026-12-05");
        JsonNode metrics =
                JsonMapper.builder().build().readTree(PackFile.read(zip).text("data/metrics.json"));
        JsonNode soc2 = metrics.path("frameworks").path("SOC2");

        assertThat(List.of(
                        soc2.path("effective").asInt(),
                        soc2.path("inconsistent").asInt(),
                        soc2.path("no_records").asInt(),
                        soc2.path("not_yet_due").asInt()))
                .containsExactly(27, 7, 2, 1);
        assertThat(metrics.path("gaps").size()).isEqualTo(16);
        assertThat(control(metrics, "AV-01"))
                .isEqualTo("inconsistent due=333 covered=332 pending=6 missing=[\"2026-11-29\"]");
        assertThat(control(metrics, "HR-02")).isEqualTo("effective due=10 covered=10 pending=0 missing=[]");
        assertThat(control(metrics, "IAM-02"))
                .isEqualTo("inconsistent due=11 covered=9 pending=0 missing=[\"2026-04-08\",\"2026-07-22\"]");
        assertThat(control(metrics, "GOV-01")).isEqualTo("effective due=1 covered=1 pending=0 missing=[]");
    }

    private static String control(JsonNode metrics, String id) {
        for (JsonNode control : metrics.path("controls")) {
            if (control.path("id").asString().equals(id)) {
                return "%s due=%d covered=%d pending=%d missing=%s"
                        .formatted(
                                control.path("status").asString(),
                                control.path("due").asInt(),
                                control.path("covered").asInt(),
                                control.path("pending").asInt(),
                                control.path("missing_slices"));
            }
        }
        throw new AssertionError("no control " + id);
    }

    /**
     * Two output folders, the second run with the default time zone America/New_York: the SOC 2 pack, and then the
     * management review built from it (its history is the other jobs' packs in the same folder), are byte-identical.
     */
    @Test
    void theSameInputsAndAsOfGiveAByteIdenticalPackInAnyTimeZone() throws IOException {
        Path first = runInto("soc2-type2", project.resolve("output-utc"));
        Path firstReview = runInto("management-review", project.resolve("output-utc"));
        TimeZone original = TimeZone.getDefault();
        Path second;
        Path secondReview;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            second = runInto("soc2-type2", project.resolve("output-new-york"));
            secondReview = runInto("management-review", project.resolve("output-new-york"));
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(second.getParent().getParent())
                .isNotEqualTo(first.getParent().getParent());
        assertThat(PackFile.sha256(second)).isEqualTo(PackFile.sha256(first));
        assertThat(PackFile.sha256(secondReview)).isEqualTo(PackFile.sha256(firstReview));
    }

    private Path runInto(String job, Path output) {
        return runInto(job, output, "2026-11-29");
    }

    private Path runInto(String job, Path output, String asOf) {
        Cli run = Cli.run(
                "run",
                project.resolve("jobs/" + job + ".yaml").toString(),
                "--as-of",
                asOf,
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        String name = job.equals("soc2-type2") ? "northwind-soc2-type2-2026" : "northwind-management-review-2026";
        return output.resolve(name + "/" + name + "-v0001.zip");
    }

    private static void assertThatTheBagIsValid(PackFile pack, Path extracted) throws Exception {
        Bag bag = new BagReader().read(pack.extractTo(extracted));
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
