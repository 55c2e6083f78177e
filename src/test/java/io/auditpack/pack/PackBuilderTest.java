package io.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.auditpack.pack.bag.BagInfo;
import io.auditpack.pack.zip.Sha256;
import io.auditpack.report.PackContext;
import io.auditpack.report.TestContexts;
import io.auditpack.verdict.VersionStamp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackBuilderTest {
    private static final String TOP = "soc2-type2-2026-v0001/";

    @TempDir
    Path temp;

    PackFixture fixture;
    PackBuilder builder;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new PackFixture(temp.resolve("run"));
        builder = new PackBuilder(PackFixture.reports());
    }

    private StagedPack stage(VersionStamp stamp, String folder) throws IOException {
        Path staging = Files.createDirectories(temp.resolve(folder));
        return builder.stage(TestContexts.of(fixture.result(), fixture.inputs(), stamp), staging);
    }

    @Test
    void theZipHoldsOneBagFolderWithSortedPayloadThenSortedTagFiles() throws IOException {
        StagedPack pack = stage(VersionStamp.first(), "a");

        assertThat(pack.zip().getFileName().toString()).isEqualTo("soc2-type2-2026-v0001.zip");
        assertThat(ZipContents.read(pack.zip()).keySet())
                .containsExactly(
                        TOP + "data/crosswalk.xlsx",
                        TOP + "data/evidence/AC-1/EV-1__access-policy.pdf",
                        TOP + "data/evidence/AC-1/EV-2__deploy.log",
                        TOP + "data/evidence/AC-1/EV-3__Q1_review__final_.txt",
                        TOP + "data/evidence/OPS-2/EV-2__deploy.log",
                        TOP + "data/findings.csv",
                        TOP + "data/metrics.json",
                        TOP + "bag-info.txt",
                        TOP + "bagit.txt",
                        TOP + "manifest-sha256.txt",
                        TOP + "tagmanifest-sha256.txt");
        assertThat(ZipContents.text(pack.zip(), TOP + "bagit.txt"))
                .isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        assertThat(pack.payloadFiles()).isEqualTo(7);
    }

    @Test
    void evidenceIsCopiedByteForByteAndASharedItemLiesUnderBothControls() throws IOException {
        StagedPack pack = stage(VersionStamp.first(), "a");
        Map<String, byte[]> entries = ZipContents.read(pack.zip());
        byte[] log = Files.readAllBytes(fixture.evidenceRoot.resolve("deploy.log"));

        assertThat(entries.get(TOP + "data/evidence/AC-1/EV-2__deploy.log")).isEqualTo(log);
        assertThat(entries.get(TOP + "data/evidence/OPS-2/EV-2__deploy.log")).isEqualTo(log);
        assertThat(entries.get(TOP + "data/evidence/AC-1/EV-1__access-policy.pdf"))
                .isEqualTo(Files.readAllBytes(fixture.evidenceRoot.resolve("policies/access-policy.pdf")));
    }

    @Test
    void bagInfoNamesTheOrganizationSystemPackagePeriodAsOfVersionAndChain() throws IOException {
        StagedPack first = stage(VersionStamp.first(), "a");
        String previous = "ab".repeat(32);
        StagedPack third = stage(new VersionStamp(3, previous), "b");

        String firstInfo = ZipContents.text(first.zip(), TOP + "bag-info.txt");
        long octets = ZipContents.read(first.zip()).entrySet().stream()
                .filter(e -> e.getKey().startsWith(TOP + "data/"))
                .mapToLong(e -> e.getValue().length)
                .sum();
        assertThat(firstInfo).isEqualTo("""
                Source-Organization: Example Corp
                External-Description: auditpack soc2-type2 evidence pack for Example Platform
                Bagging-Date: 2026-06-30
                Payload-Oxum: %d.7
                Auditpack-Job: soc2-type2-2026
                Auditpack-Package: soc2-type2
                Auditpack-System: Example Platform
                Auditpack-Period: 2026-01-01..2026-12-31
                Auditpack-As-Of: 2026-06-30
                Auditpack-Version: 0001
                Auditpack-Previous-Version: none
                Auditpack-Previous-SHA256: none
                """.formatted(octets));
        assertThat(first.payloadBytes()).isEqualTo(octets);
        BagInfo thirdInfo = BagInfo.parse(ZipContents.text(third.zip(), "soc2-type2-2026-v0003/bag-info.txt"));
        assertThat(thirdInfo.get(BagInfo.VERSION)).contains("0003");
        assertThat(thirdInfo.get(BagInfo.PREVIOUS_VERSION)).contains("0002");
        assertThat(thirdInfo.get(BagInfo.PREVIOUS_SHA256)).contains(previous);
    }

    @Test
    void manifestsAgreeWithAnIndependentRecomputation() throws IOException {
        StagedPack pack = stage(VersionStamp.first(), "a");
        Map<String, byte[]> entries = ZipContents.read(pack.zip());

        List<String> payloadLines = new ArrayList<>();
        List<String> tagLines = new ArrayList<>();
        entries.forEach((name, bytes) -> {
            String path = name.substring(TOP.length());
            String line = Sha256.hex(bytes) + "  " + path;
            if (path.startsWith("data/")) {
                payloadLines.add(line);
            } else if (!path.equals("tagmanifest-sha256.txt")) {
                tagLines.add(line);
            }
        });
        Collections.sort(payloadLines);
        String manifest = new String(entries.get(TOP + "manifest-sha256.txt"), StandardCharsets.UTF_8);
        List<String> manifestLines = List.of(manifest.split("\n"));
        assertThat(manifest).endsWith("\n").doesNotContain("\r");
        assertThat(manifestLines).containsExactlyInAnyOrderElementsOf(payloadLines);
        assertThat(manifestLines).isSortedAccordingTo((a, b) -> a.substring(66).compareTo(b.substring(66)));
        assertThat(new String(entries.get(TOP + "tagmanifest-sha256.txt"), StandardCharsets.UTF_8).split("\n"))
                .containsExactlyInAnyOrderElementsOf(tagLines);
        assertThat(pack.sha256()).isEqualTo(Sha256.hex(Files.readAllBytes(pack.zip())));
    }

    @Test
    void sha256sumAcceptsBothManifestsInsideTheExtractedBag() throws Exception {
        Path sha256sum = Path.of("/usr/bin/sha256sum");
        assumeThat(Files.isExecutable(sha256sum)).as("sha256sum available").isTrue();
        StagedPack pack = stage(VersionStamp.first(), "a");
        Path extracted = temp.resolve("extracted");
        ZipContents.extract(pack.zip(), extracted);
        Path bag = extracted.resolve("soc2-type2-2026-v0001");

        for (String manifest : List.of("manifest-sha256.txt", "tagmanifest-sha256.txt")) {
            Process process = new ProcessBuilder(sha256sum.toString(), "--strict", "-c", manifest)
                    .directory(bag.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).doesNotContain("FAILED");
        }
    }

    @Test
    void twoBuildsAreByteIdenticalEvenInAnotherDefaultTimeZone() throws IOException {
        StagedPack utc = stage(VersionStamp.first(), "a");
        TimeZone saved = TimeZone.getDefault();
        StagedPack newYork;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            newYork = stage(VersionStamp.first(), "b");
        } finally {
            TimeZone.setDefault(saved);
        }
        StagedPack again = stage(VersionStamp.first(), "c");

        assertThat(Files.readAllBytes(newYork.zip())).isEqualTo(Files.readAllBytes(utc.zip()));
        assertThat(Files.readAllBytes(again.zip())).isEqualTo(Files.readAllBytes(utc.zip()));
        assertThat(newYork.sha256()).isEqualTo(utc.sha256());
    }

    @Test
    void entriesHaveTheAsOfMidnightModeNoExtraFieldsAndTheCompressionRule() throws IOException {
        StagedPack pack = stage(VersionStamp.first(), "a");

        try (ZipFile zip = ZipFile.builder().setPath(pack.zip()).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                assertThat(entry.getUnixMode()).as(entry.getName()).isEqualTo(0100644);
                assertThat(entry.getExtraFields(true)).as(entry.getName()).isEmpty();
                assertThat(LocalDateTime.ofInstant(entry.getLastModifiedTime().toInstant(), ZoneId.systemDefault()))
                        .isEqualTo(PackFixture.AS_OF.atStartOfDay());
                boolean compressed =
                        entry.getName().endsWith(".pdf") || entry.getName().endsWith(".xlsx");
                assertThat(entry.getMethod())
                        .as(entry.getName())
                        .isEqualTo(compressed ? ZipEntry.STORED : ZipEntry.DEFLATED);
            }
        }
    }

    @Nested
    class Refuses {
        @Test
        void aReportPathOutsideData() {
            assertThatThrownBy(() -> new PackBuilder(List.of(new PackFixture.TextReport("../x.csv", ""))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("../x.csv");
        }

        @Test
        void aReportPathUnderTheEvidenceFolder() {
            assertThatThrownBy(() -> new PackBuilder(List.of(new PackFixture.TextReport("data/evidence/x", ""))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("data/evidence/");
        }

        @Test
        void twoReportsWithOnePath() {
            assertThatThrownBy(() -> new PackBuilder(List.of(
                            new PackFixture.TextReport("data/a.csv", ""),
                            new PackFixture.TextReport("data/a.csv", ""))))
                    .hasMessageContaining("two reports");
        }

        @Test
        void evidencePackedWithoutAVerifiedFileAndLeavesNoZip() throws IOException {
            Path staging = Files.createDirectories(temp.resolve("s"));
            var inputs = fixture.inputs();
            var missing = new io.auditpack.domain.InputSet(
                    inputs.controls(),
                    inputs.mappings(),
                    inputs.evidence(),
                    inputs.applicability(),
                    inputs.scope(),
                    inputs.evidenceRoot(),
                    Map.of("EV-1", inputs.evidenceFiles().get("EV-1")),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());

            assertThatThrownBy(() ->
                            builder.stage(TestContexts.of(fixture.result(), missing, VersionStamp.first()), staging))
                    .hasMessageContaining("EV-2");
            try (var files = Files.list(staging)) {
                assertThat(files).isEmpty();
            }
        }

        @Test
        void aControlIdThatWouldClimbOutOfTheEvidenceFolder() {
            assertThatThrownBy(() -> PackLayout.evidencePath(
                            "..", PackFixture.item("E", List.of(".."), io.auditpack.domain.EvidenceType.LOG, "a.log")))
                    .hasMessageContaining("cannot name a folder");
        }
    }

    @Nested
    class ComparingWithAPublishedVersion {
        @Test
        void aPackEqualsTheManifestAndBagInfoItWasBuiltWith() throws IOException {
            StagedPack pack = stage(VersionStamp.first(), "a");
            PackContext context = TestContexts.of(fixture.result(), fixture.inputs(), VersionStamp.first());

            assertThat(builder.wouldEqual(
                            context,
                            ZipContents.text(pack.zip(), TOP + "manifest-sha256.txt"),
                            ZipContents.text(pack.zip(), TOP + "bag-info.txt")))
                    .isTrue();
        }

        @Test
        void aDifferentReportDecidesWithoutReadingAnyEvidenceFile() throws IOException {
            StagedPack pack = stage(VersionStamp.first(), "a");
            String manifest = ZipContents.text(pack.zip(), TOP + "manifest-sha256.txt");
            String changedMetrics = manifest.lines()
                    .map(line -> line.endsWith("data/findings.csv") ? "0".repeat(64) + "  data/findings.csv" : line)
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
            PackContext context = TestContexts.of(fixture.result(), fixture.inputs(), VersionStamp.first());
            Files.delete(fixture.evidenceRoot.resolve("deploy.log"));

            assertThat(builder.wouldEqual(context, changedMetrics, ZipContents.text(pack.zip(), TOP + "bag-info.txt")))
                    .isFalse();
        }

        @Test
        void aChangedEvidenceFileMakesADifferentPack() throws IOException {
            StagedPack pack = stage(VersionStamp.first(), "a");
            Files.writeString(fixture.evidenceRoot.resolve("deploy.log"), "rewritten\n");
            PackContext context = TestContexts.of(fixture.result(), fixture.inputs(), VersionStamp.first());

            assertThat(builder.wouldEqual(
                            context,
                            ZipContents.text(pack.zip(), TOP + "manifest-sha256.txt"),
                            ZipContents.text(pack.zip(), TOP + "bag-info.txt")))
                    .isFalse();
        }
    }
}
