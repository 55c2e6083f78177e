package io.auditpack.distributed.worker;

import io.auditpack.distributed.EvidenceRange;
import io.auditpack.distributed.PartitionReport;
import io.auditpack.distributed.PartitionReport.Outcome;
import io.auditpack.pack.EvidencePreparation.EvidenceFile;
import io.auditpack.pack.zip.EntryPreparer;
import io.auditpack.pack.zip.PreparedEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A worker's share of a large job (level two): reads every file of an {@link EvidenceRange} once, checks its SHA-256
 * against the one the audit took (from evidence.csv or computed by the manager) so a stale shared mount is caught,
 * and prepares its ZIP entry with the same {@link EntryPreparer} a single process uses, spilling the raw bytes into a
 * folder of this attempt's own ({@code attempt-<step execution>}) and writing the result file last. Asked to stop, it
 * stops at the next file and hands the range back.
 */
final class EvidenceRangeWork {
    private final String worker;

    EvidenceRangeWork(String worker) {
        this.worker = worker;
    }

    PartitionReport run(EvidenceRange range, long attempt, BooleanSupplier stop) throws IOException {
        List<EvidenceFile> files = EvidenceRange.readList(range.list());
        Path folder = Files.createDirectories(range.folder().resolve("attempt-" + attempt));
        EntryPreparer preparer = new EntryPreparer(folder, 0);
        List<PreparedEntry> entries = new ArrayList<>();
        String run = "range-" + attempt;
        for (EvidenceFile file : files) {
            if (stop.getAsBoolean()) {
                return PartitionReport.ended(
                        worker,
                        run,
                        Outcome.HANDED_BACK,
                        "worker " + worker + " was asked to stop after " + entries.size() + " of " + files.size()
                                + " files");
            }
            PreparedEntry entry;
            try (InputStream in = Files.newInputStream(file.file())) {
                entry = preparer.prepare(in, file.size(), file.file().toString());
            }
            if (!entry.content().sha256().equals(file.sha256())) {
                return PartitionReport.ended(
                        worker,
                        run,
                        Outcome.FAILED,
                        "evidence file " + file.file() + " has SHA-256 "
                                + entry.content().sha256() + " on worker "
                                + worker + " but " + file.sha256() + " in the catalog the audit used: a stale "
                                + "shared mount, or the file changed during the run; nothing was published");
            }
            entries.add(entry);
        }
        Path result = range.folder().resolve("result-" + attempt + ".tsv");
        EvidenceRange.writeResult(result, entries);
        return new PartitionReport(worker, run, Outcome.PREPARED, 0, result.toString(), "", "");
    }
}
