package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code diff OLD.zip NEW.zip} through the real command line: a job is run, one input is changed, the job is run
 * again, and the diff between the two published versions lists exactly what the change did.
 */
class DiffEndToEndTest {
    private static final String JOB = "small-soc2-type2";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void aRecordForTheMissedMonthAndAnEditedScanShowUpAsExactlyTheirConsequences() throws Exception {
        Scenario scenario = Scenario.copy("small-soc2", folder);
        Path v1 = run(scenario, 1);
        Files.writeString(scenario.input("evidence/scans/scan-2026-02.txt"), "February scan: 0 critical\n");
        Files.writeString(
                scenario.input("evidence.csv"),
                "EV-12,C-02,Vulnerability scan February,scan,"
                        + "2026-02-12,,,2026-02-12,scans/scan-2026-02.txt,,,Scanner\n",
                StandardOpenOption.APPEND);
        Files.writeString(scenario.input("evidence/scans/scan-2026-04.txt"), "rescanned\n", StandardOpenOption.APPEND);
        Path v2 = run(scenario, 2);

        Cli diff = Cli.run("diff", v1.toString(), v2.toString(), "--json");

        BagItLibrary.assertValid(v1, folder.resolve("bag-1"));
        BagItLibrary.assertValid(v2, folder.resolve("bag-2"));
        assertThat(diff.exit()).as(diff.toString()).isZero();
        JsonNode json = JSON.readTree(diff.out());
        assertThat(json.path("from").path("version").asInt()).isEqualTo(1);
        assertThat(json.path("to").path("sha256").asString()).isEqualTo(PackFile.sha256(v2));
        assertThat(json.path("to").path("previous_sha256").asString()).isEqualTo(PackFile.sha256(v1));
        assertThat(json.path("changed").asBoolean()).isTrue();
        assertThat(lines(json.path("evidence").path("added"), "id", "control", "sha256"))
                .containsExactly("EV-12 C-02 " + PackFile.sha256(scenario.input("evidence/scans/scan-2026-02.txt")));
        assertThat(json.path("evidence").path("removed").size()).isZero();
        assertThat(lines(json.path("evidence").path("changed"), "id", "control", "to_sha256"))
                .containsExactly("EV-06 C-02 " + PackFile.sha256(scenario.input("evidence/scans/scan-2026-04.txt")));
        assertThat(lines(json.path("controls"), "id", "from", "to")).containsExactly("C-02 inconsistent effective");
        assertThat(json.path("gaps").path("opened").size()).isZero();
        assertThat(lines(json.path("gaps").path("closed"), "type", "requirement", "control"))
                .containsExactly("inconsistent_performance CC7.1 C-02");
        List<String> changedMetrics = new ArrayList<>();
        json.path("metrics").forEach(m -> {
            if (m.path("delta").asInt() != 0) {
                changedMetrics.add(m.path("group").asString() + " "
                        + m.path("metric").asString() + " " + m.path("delta").asInt());
            }
        });
        assertThat(changedMetrics).containsExactly("SOC2 effective 1", "SOC2 inconsistent -1");

        assertThat(changesSheet(v2))
                .contains(
                        "evidence added EV-12",
                        "evidence changed EV-06",
                        "control status C-02",
                        "gap closed CC7.1",
                        "metric changed effective",
                        "metric changed inconsistent");
        assertThat(changesSheet(v1)).containsExactly("none none ");

        Cli text = Cli.run("diff", v1.toString(), v2.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out())
                .contains("from " + JOB + " v0001")
                .contains("to   " + JOB + " v0002")
                .contains("evidence: 1 added, 0 removed, 1 changed")
                .contains("  + EV-12 under C-02")
                .contains("  ~ EV-06 under C-02")
                .contains("  ~ C-02  inconsistent -> effective  (covered 4 of 4")
                .contains("gaps: 0 opened, 1 closed")
                .contains("  - inconsistent_performance SOC2 CC7.1 C-02")
                .contains("  SOC2 effective: 3 -> 4 (+1)")
                .contains("  SOC2 inconsistent: 1 -> 0 (-1)");
    }

    @Test
    void twoDemoVersionsDifferOnlyInTheOnePolicyThatWasEdited() throws Exception {
        DemoCopy.into(folder);
        String name = "northwind-soc2-type2-2026";
        Path job = folder.resolve("jobs/soc2-type2.yaml");
        assertThat(Cli.run("run", job.toString(), "--as-of", "2026-11-29").exit())
                .isZero();
        Path policy = folder.resolve("input/evidence/policies/access-control-policy.md");
        Files.writeString(policy, "\nReviewed without changes.\n", StandardOpenOption.APPEND);
        assertThat(Cli.run("run", job.toString(), "--as-of", "2026-11-29").exit())
                .isZero();
        Path output = folder.resolve("output").resolve(name);

        Cli diff = Cli.run(
                "diff",
                output.resolve(name + "-v0001.zip").toString(),
                output.resolve(name + "-v0002.zip").toString(),
                "--json");

        assertThat(diff.exit()).as(diff.toString()).isZero();
        BagItLibrary.assertValid(output.resolve(name + "-v0002.zip"), folder.resolve("bag"));
        JsonNode json = JSON.readTree(diff.out());
        assertThat(lines(json.path("evidence").path("changed"), "id", "control", "to_sha256"))
                .containsExactly(
                        "EV-0003 IAM-01 " + PackFile.sha256(policy),
                        "EV-0003 IAM-03 " + PackFile.sha256(policy),
                        "EV-0003 IAM-04 " + PackFile.sha256(policy));
        assertThat(json.path("evidence").path("added").size()
                        + json.path("evidence").path("removed").size()
                        + json.path("controls").size()
                        + json.path("gaps").path("opened").size()
                        + json.path("gaps").path("closed").size())
                .isZero();
        json.path("metrics")
                .forEach(m ->
                        assertThat(m.path("delta").asInt()).as(m.toString()).isZero());
    }

    @Test
    void aPackComparedWithItselfHasNoDifferences() throws IOException {
        Path v1 = run(Scenario.copy("small-soc2", folder), 1);

        Cli diff = Cli.run("diff", v1.toString(), v1.toString());

        assertThat(diff.exit()).isZero();
        assertThat(diff.out()).contains("no differences");
    }

    @Test
    void aFileThatIsNotAPackOrIsMissingIsBadInputNamingTheFile() throws IOException {
        Path v1 = run(Scenario.copy("small-soc2", folder), 1);
        Path text = Files.writeString(folder.resolve("notes.zip"), "not a zip at all");
        byte[] bytes = Files.readAllBytes(v1);
        Path truncated = Files.write(folder.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        Cli notZip = Cli.run("diff", v1.toString(), text.toString());
        Cli cut = Cli.run("diff", truncated.toString(), v1.toString());
        Cli missing =
                Cli.run("diff", v1.toString(), folder.resolve("absent.zip").toString());

        assertThat(notZip.exit()).isEqualTo(2);
        assertThat(notZip.err()).contains(text + " is not a readable pack");
        assertThat(cut.exit()).isEqualTo(2);
        assertThat(cut.err()).contains(truncated + " is not a readable pack");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("absent.zip does not exist");
        assertThat(notZip.out() + cut.out() + missing.out()).isEmpty();
    }

    private static Path run(Scenario scenario, int expectedVersion) {
        Cli run = Cli.run("run", scenario.job().toString(), "--as-of", "2026-05-15");
        assertThat(run.exit()).as(run.toString()).isZero();
        Path zip = scenario.output().resolve(JOB).resolve(JOB + "-v%04d.zip".formatted(expectedVersion));
        assertThat(zip).exists();
        return zip;
    }

    /** The first three cells of each row of the pack's Changes sheet (header left out). */
    private static List<String> changesSheet(Path zip) throws IOException {
        List<String> rows = new ArrayList<>();
        byte[] workbook = PackFile.read(zip).bytes("data/crosswalk.xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            var format = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var row : book.getSheet("Changes")) {
                if (row.getRowNum() > 0) {
                    rows.add(format.formatCellValue(row.getCell(0)) + " " + format.formatCellValue(row.getCell(1)) + " "
                            + format.formatCellValue(row.getCell(2)));
                }
            }
        }
        return rows;
    }

    private static List<String> lines(JsonNode array, String... keys) {
        List<String> lines = new ArrayList<>();
        array.forEach(node -> {
            List<String> values = new ArrayList<>();
            for (String key : keys) {
                values.add(node.path(key).asString());
            }
            lines.add(String.join(" ", values));
        });
        return lines;
    }
}
