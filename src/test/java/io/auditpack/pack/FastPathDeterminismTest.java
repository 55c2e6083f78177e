package io.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.pack.bag.BagTags;
import io.auditpack.pack.bag.Manifest;
import io.auditpack.pack.verify.PackVerifier;
import io.auditpack.pack.version.Sidecar;
import io.auditpack.pack.zip.EntryPreparer;
import io.auditpack.pack.zip.Sha256;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import io.auditpack.report.TestContexts;
import io.auditpack.verdict.VersionStamp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path (entries prepared on several threads, shared files compressed once, raw bytes held in memory or
 * spilled) changes nothing an auditor sees: same payload manifest as hashing every source plainly, a pack that
 * verifies, and the same ZIP bytes whatever the number of threads, the memory budget or the run.
 */
class FastPathDeterminismTest {
    private static final String TOP = PackFixture.JOB + "-v0001/";

    @TempDir
    Path temp;

    PackFixture fixture;
    List<EvidenceUse> uses;
    Map<String, Path> files;

    @BeforeEach
    void manyEvidenceFiles() throws IOException {
        fixture = new PackFixture(temp.resolve("run"));
        Random random = new Random(42);
        uses = new ArrayList<>();
        files = new LinkedHashMap<>();
        for (int i = 1; i <= 40; i++) {
            String id = "EV-%02d".formatted(i);
            String name;
            byte[] content;
            if (i % 3 == 0) {
                name = "scans/scan-" + i + ".pdf";
                content = new byte[20_000 + random.nextInt(200_000)];
                random.nextBytes(content);
                System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
            } else {
                name = "exports/export-" + i + ".csv";
                content = ("2026-03-%02d,user%d,login,ok\n".formatted(1 + i % 28, i))
                        .repeat(1000 + i * 300)
                        .getBytes(StandardCharsets.US_ASCII);
            }
            if (i == 7) {
                name = "exports/large.log"; // a source over the in-memory limit of one entry, deflated under it
                content = "2026-04-01T00:00:00Z backup ok\n"
                        .repeat(EntryPreparer.MAX_IN_MEMORY / 30 + 1000)
                        .getBytes(StandardCharsets.US_ASCII);
            }
            Path file = fixture.evidenceRoot.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            List<String> controls = i % 5 == 0 ? List.of("AC-1", "OPS-2", "SEC-3") : List.of("AC-" + (i % 4 + 1));
            EvidenceType type = i % 5 == 0 ? EvidenceType.POLICY : EvidenceType.LOG;
            EvidenceItem item = PackFixture.item(id, controls, type, name);
            uses.add(new EvidenceUse(item, true, true, controls));
            files.put(id, file);
        }
    }

    private PackContext context() {
        AuditResult result = new AuditResult(
                fixture.job(),
                PackFixture.AS_OF,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                EvidenceUses.copyOf(uses));
        InputSet inputs = new InputSet(
                List.of(),
                List.of(),
                uses.stream().map(EvidenceUse::item).toList(),
                List.of(),
                ScopeStatement.none(),
                fixture.evidenceRoot,
                files,
                List.of(),
                List.of(),
                List.of(),
                List.of());
        return TestContexts.of(result, inputs, VersionStamp.first());
    }

    private StagedPack stage(PackBuilder builder, String folder) throws IOException {
        return builder.stage(context(), Files.createDirectories(temp.resolve(folder)));
    }

    @Test
    void aParallelBuildWritesTheSameBytesAsASingleThreadedOne() throws IOException {
        StagedPack single = stage(new PackBuilder(PackFixture.reports(), 1), "single");
        StagedPack parallel = stage(new PackBuilder(PackFixture.reports(), 4), "parallel");

        assertThat(Files.readAllBytes(parallel.zip())).isEqualTo(Files.readAllBytes(single.zip()));
        assertThat(parallel.sha256()).isEqualTo(single.sha256()).isEqualTo(Sha256.of(parallel.zip()));
    }

    @Test
    void spillingEveryEntryToDiskChangesNoByte() throws IOException {
        StagedPack inMemory = stage(new PackBuilder(PackFixture.reports(), 2, 1L << 30), "memory");
        StagedPack spilled = stage(new PackBuilder(PackFixture.reports(), 2, 0), "spilled");

        assertThat(Files.readAllBytes(spilled.zip())).isEqualTo(Files.readAllBytes(inMemory.zip()));
    }

    @Test
    void repeatedRunsGiveByteIdenticalZips() throws IOException {
        PackBuilder builder = new PackBuilder(PackFixture.reports());
        StagedPack first = stage(builder, "first");
        StagedPack second = stage(builder, "second");

        assertThat(Files.readAllBytes(second.zip())).isEqualTo(Files.readAllBytes(first.zip()));
    }

    @Test
    void thePayloadManifestIsThatOfHashingEverySourcePlainly() throws IOException {
        StagedPack pack = stage(new PackBuilder(PackFixture.reports()), "fast");

        Map<String, String> expected = new TreeMap<>();
        for (ReportWriter report : PackFixture.reports()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            report.write(context(), out);
            expected.put(report.path(), sha256(out.toByteArray()));
        }
        for (EvidenceUse use : uses) {
            for (String control : use.packedUnder()) {
                expected.put(
                        PackLayout.evidencePath(control, use.item()),
                        sha256(Files.readAllBytes(files.get(use.item().id()))));
            }
        }
        String manifest = ZipContents.text(pack.zip(), TOP + BagTags.MANIFEST);
        assertThat(Manifest.parse(manifest).sha256ByPath()).isEqualTo(expected);
        assertThat(pack.payloadFiles()).isEqualTo(expected.size());
    }

    @Test
    void theFastPackPassesVerifyAndEveryEntryHoldsItsSourceBytes() throws IOException {
        StagedPack pack = stage(new PackBuilder(PackFixture.reports(), 3, 0), "verified");
        Path published =
                Files.createDirectories(temp.resolve("out")).resolve(pack.zip().getFileName());
        Files.copy(pack.zip(), published);
        Files.writeString(Sidecar.of(published), Sidecar.text(pack.sha256(), published));

        assertThat(new PackVerifier().verify(published).problems()).isEmpty();
        Map<String, byte[]> entries = ZipContents.read(published);
        for (EvidenceUse use : uses) {
            for (String control : use.packedUnder()) {
                assertThat(entries.get(TOP + PackLayout.evidencePath(control, use.item())))
                        .isEqualTo(Files.readAllBytes(files.get(use.item().id())));
            }
        }
    }

    /** Lists each evidence file with its SHA-256 as the context gives it, as the workbook's Evidence sheet does. */
    private static final class DigestsReport implements ReportWriter {
        @Override
        public String path() {
            return "data/digests.txt";
        }

        @Override
        public void write(PackContext context, java.io.OutputStream out) throws IOException {
            StringBuilder text = new StringBuilder();
            new TreeMap<>(context.inputs().evidenceFiles())
                    .forEach((id, file) -> text.append(id)
                            .append(' ')
                            .append(context.report().sha256(id))
                            .append('\n'));
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aReportShowsEachFilesDigestFromTheVerdictWithAnyNumberOfThreads() throws IOException {
        List<ReportWriter> reports = List.of(new DigestsReport());
        StringBuilder plain = new StringBuilder();
        for (Map.Entry<String, Path> file : new TreeMap<>(files).entrySet()) {
            plain.append(file.getKey())
                    .append(' ')
                    .append(sha256(Files.readAllBytes(file.getValue())))
                    .append('\n');
        }

        StagedPack single = stage(new PackBuilder(reports, 1), "one-thread");
        StagedPack parallel = stage(new PackBuilder(reports, 4, 0), "four-threads");

        assertThat(ZipContents.text(single.zip(), TOP + "data/digests.txt")).isEqualTo(plain.toString());
        assertThat(Files.readAllBytes(parallel.zip())).isEqualTo(Files.readAllBytes(single.zip()));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
