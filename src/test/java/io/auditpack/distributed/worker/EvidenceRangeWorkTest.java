package io.auditpack.distributed.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.auditpack.distributed.EvidenceRange;
import io.auditpack.distributed.EvidenceRanges;
import io.auditpack.distributed.PartitionReport;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.pack.EvidenceChangedException;
import io.auditpack.pack.EvidencePreparation;
import io.auditpack.pack.PackBuilder;
import io.auditpack.pack.PackFixture;
import io.auditpack.pack.StagedPack;
import io.auditpack.pack.zip.PreparedEntry;
import io.auditpack.pack.zip.Sha256;
import io.auditpack.report.PackContext;
import io.auditpack.report.TestContexts;
import io.auditpack.verdict.VersionStamp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Level two without the processes: the evidence split into ranges of controls, each range prepared by
 * {@link EvidenceRangeWork} as a worker does (list and result files on disk), and the builder writing the pack from
 * those entries gives the very bytes of a builder that prepares everything itself; a file whose bytes no longer
 * match the catalog fails its range with a message naming it.
 */
class EvidenceRangeWorkTest {
    @TempDir
    Path temp;

    PackFixture fixture;
    List<EvidenceUse> uses;
    Map<String, Path> files;

    @BeforeEach
    void givenEvidenceUnderSixControls() throws IOException {
        fixture = new PackFixture(temp.resolve("run"));
        Random random = new Random(7);
        uses = new ArrayList<>();
        files = new LinkedHashMap<>();
        for (int i = 1; i <= 30; i++) {
            String id = "EV-%02d".formatted(i);
            String name = i % 4 == 0 ? "scans/scan-" + i + ".pdf" : "exports/export-" + i + ".csv";
            byte[] content;
            if (i % 4 == 0) {
                content = new byte[10_000 + random.nextInt(50_000)];
                random.nextBytes(content);
                System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
            } else {
                content = "2026-03-%02d,user%d,login,ok\n"
                        .formatted(1 + i % 28, i)
                        .repeat(500 + i * 100)
                        .getBytes(StandardCharsets.US_ASCII);
            }
            Path file = fixture.evidenceRoot.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            List<String> controls = i % 7 == 0 ? List.of("AC-1", "OPS-2") : List.of("AC-" + (i % 6 + 1));
            EvidenceItem item = PackFixture.item(id, controls, EvidenceType.LOG, name);
            uses.add(new EvidenceUse(item, true, true, controls));
            files.put(id, file);
        }
    }

    @Test
    void aPackWhoseEvidenceWorkersPreparedByRangesEqualsTheSingleProcessPack() throws IOException {
        List<Integer> rangesSeen = new ArrayList<>();
        StagedPack single = new PackBuilder(PackFixture.reports(), 2).stage(context(), folder("single"));
        StagedPack split = new PackBuilder(PackFixture.reports(), 2)
                .preparingEvidenceWith(new LocalWorkers(3, rangesSeen))
                .stage(context(), folder("split"));

        assertThat(rangesSeen).containsExactly(3);
        assertThat(Files.readAllBytes(split.zip())).isEqualTo(Files.readAllBytes(single.zip()));
        assertThat(split.sha256()).isEqualTo(single.sha256());
        try (var left = Files.list(split.zip().getParent())) {
            assertThat(left.toList()).containsExactly(split.zip()); // the workers' spill files went with the pack
        }
    }

    @Test
    void theRangesKeepEachControlWholeAndCoverEveryFileOnceInOrder() {
        var all = context().result().packedEvidence().stream()
                .map(use -> new EvidencePreparation.EvidenceFile(
                        files.get(use.item().id()),
                        "data/evidence/" + use.packedUnder().get(0) + "/"
                                + use.item().id(),
                        1000,
                        "0".repeat(64)))
                .sorted((a, b) -> a.firstPath().compareTo(b.firstPath()))
                .toList();

        List<List<EvidencePreparation.EvidenceFile>> ranges = EvidenceRanges.split(all, 4);

        assertThat(ranges).hasSizeBetween(2, 4);
        assertThat(ranges.stream().flatMap(List::stream).toList()).isEqualTo(all);
        Set<String> controlsSeen = new HashSet<>();
        for (var range : ranges) {
            Set<String> controls = new HashSet<>();
            range.forEach(f -> controls.add(EvidenceRanges.control(f.firstPath())));
            assertThat(Collections.disjoint(controls, controlsSeen))
                    .as(controls.toString())
                    .isTrue();
            controlsSeen.addAll(controls);
        }
    }

    @Test
    void aFileThatNoLongerMatchesTheCatalogFailsItsRangeNamingTheFile() throws IOException {
        Path list = temp.resolve("range.list");
        Path stale = files.get("EV-05");
        EvidenceRange.writeList(
                list,
                List.of(new EvidencePreparation.EvidenceFile(
                        stale, "data/evidence/AC-6/EV-05", Files.size(stale), "a".repeat(64))));

        PartitionReport report = new EvidenceRangeWork("worker-x")
                .run(new EvidenceRange("r", list, Files.createDirectories(temp.resolve("r"))), 9, () -> false);

        assertThat(report.outcome()).isEqualTo(PartitionReport.Outcome.FAILED);
        assertThat(report.reason())
                .contains("evidence file " + stale)
                .contains("on worker worker-x but " + "a".repeat(64) + " in the catalog")
                .contains("stale shared mount");
    }

    @Test
    void aWorkerAskedToStopHandsItsRangeBackBeforeTheNextFile() throws IOException {
        Path list = temp.resolve("range.list");
        Path file = files.get("EV-01");
        EvidenceRange.writeList(
                list,
                List.of(new EvidencePreparation.EvidenceFile(
                        file, "data/evidence/AC-2/EV-01", Files.size(file), "b".repeat(64))));

        PartitionReport report = new EvidenceRangeWork("worker-y")
                .run(new EvidenceRange("r", list, Files.createDirectories(temp.resolve("r"))), 3, () -> true);

        assertThat(report.outcome()).isEqualTo(PartitionReport.Outcome.HANDED_BACK);
        assertThat(report.reason()).contains("worker worker-y was asked to stop after 0 of 1 files");
    }

    @Test
    void entriesWhoseDigestDiffersFromTheAuditAreRefusedByTheBuilder() {
        EvidencePreparation lying = (job, list, work) -> {
            Map<Path, PreparedEntry> entries = new LocalWorkers(1, new ArrayList<>()).prepare(job, list, work);
            Map<Path, PreparedEntry> changed = new LinkedHashMap<>();
            entries.forEach((file, entry) -> changed.put(
                    file,
                    new PreparedEntry(
                            entry.method(),
                            entry.crc(),
                            new Sha256.Digested("c".repeat(64), entry.content().size()),
                            entry.rawSize(),
                            null,
                            entry.spilled(),
                            null,
                            false)));
            return changed;
        };

        assertThatThrownBy(() -> new PackBuilder(PackFixture.reports(), 2)
                        .preparingEvidenceWith(lying)
                        .stage(context(), folder("lying")))
                .isInstanceOf(EvidenceChangedException.class)
                .hasMessageContaining("c".repeat(64));
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectories(temp.resolve(name));
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

    /** The workers' share done in this process: the ranges, their list files, one worker's run of each. */
    private record LocalWorkers(int count, List<Integer> rangesSeen) implements EvidencePreparation {
        @Override
        public Map<Path, PreparedEntry> prepare(String job, List<EvidenceFile> all, Path work) throws IOException {
            List<List<EvidenceFile>> ranges = EvidenceRanges.split(all, count);
            rangesSeen.add(ranges.size());
            Map<Path, PreparedEntry> entries = new LinkedHashMap<>();
            for (int i = 0; i < ranges.size(); i++) {
                Path list = work.resolve("range-" + i + ".list");
                EvidenceRange.writeList(list, ranges.get(i));
                EvidenceRange range =
                        new EvidenceRange(job + " " + i, list, Files.createDirectories(work.resolve("range-" + i)));
                PartitionReport report = new EvidenceRangeWork("local").run(range, 100 + i, () -> false);
                assertThat(report.outcome()).isEqualTo(PartitionReport.Outcome.PREPARED);
                entries.putAll(EvidenceRange.readResult(list, Path.of(report.zip())));
            }
            return entries;
        }
    }
}
