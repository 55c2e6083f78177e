package io.auditpack.pack;

import io.auditpack.guard.InputFile;
import io.auditpack.pack.zip.EntryPreparer;
import io.auditpack.pack.zip.PreparedEntry;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the entries of a payload ready on a pool of worker threads while the archive is written in the plan's
 * order: each report is rendered once and each distinct evidence file is read once (an evidence file packed under
 * several controls is compressed once, and its raw bytes are written once per entry). Reports are queued first
 * (the workbook is the longest task), then the evidence files in order of first use. An evidence file's bytes must
 * still have the SHA-256 the audit took of them ({@link EvidenceChangedException} otherwise). What the workers produce
 * does not depend on their number or timing; only the order of writing, which is fixed, puts the archive together.
 */
final class PreparedPayload implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final EntryPreparer preparer;
    private final ExecutorService pool;
    private final Map<Object, FutureTask<PreparedEntry>> bySource = new ConcurrentHashMap<>();
    private final Map<Object, Integer> usesLeft = new HashMap<>();

    private PreparedPayload(EntryPreparer preparer, ExecutorService pool) {
        this.preparer = preparer;
        this.pool = pool;
    }

    /**
     * Starts preparing every entry of {@code plan} on {@code threads} workers, spilling into {@code workFolder}; an
     * evidence file found in {@code ready} (prepared elsewhere) is only checked against its audited SHA-256.
     */
    static PreparedPayload start(
            List<PayloadFile> plan,
            PackContext context,
            Path workFolder,
            int threads,
            long memoryBudget,
            Map<Path, PreparedEntry> ready) {
        int id = POOLS.incrementAndGet();
        AtomicInteger worker = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(task, "auditpack-pack-" + id + "-" + worker.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        PreparedPayload payload = new PreparedPayload(new EntryPreparer(workFolder, memoryBudget), pool);
        List<PayloadFile> reports = plan.stream().filter(PayloadFile::isReport).toList();
        List<PayloadFile> evidence =
                plan.stream().filter(file -> !file.isReport()).toList();
        for (PayloadFile file : evidence) { // every task exists before any report can ask for a digest
            payload.usesLeft.merge(file.evidence(), 1, Integer::sum);
            PreparedEntry done = ready.get(file.evidence());
            payload.bySource.computeIfAbsent(
                    file.evidence(),
                    s -> new FutureTask<>(
                            () -> done == null ? payload.prepareEvidence(file) : payload.checked(file, done)));
        }
        for (PayloadFile file : reports) {
            payload.usesLeft.merge(file.path(), 1, Integer::sum);
            FutureTask<PreparedEntry> task = new FutureTask<>(
                    () -> payload.prepareReport(Objects.requireNonNull(file.report()), context, workFolder));
            payload.bySource.put(file.path(), task);
            pool.execute(task);
        }
        new LinkedHashSet<>(evidence.stream().map(PayloadFile::evidence).toList())
                .forEach(source -> pool.execute(payload.bySource.get(source)));
        return payload;
    }

    /** The prepared entry of one payload file, waiting for it when needed. */
    PreparedEntry get(PayloadFile file) throws IOException {
        try {
            return Objects.requireNonNull(bySource.get(sourceOf(file)), file.path())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while packing " + file.path());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(file.path() + ": " + cause, cause);
        }
    }

    /** Records that one entry of a source is written; after its last one, the prepared bytes are freed. */
    void written(PayloadFile file) throws IOException {
        Object source = sourceOf(file);
        int left = usesLeft.merge(source, -1, Integer::sum);
        if (left == 0) {
            preparer.release(get(file));
            bySource.remove(source);
        }
    }

    /** Stops the workers and frees whatever they prepared that was not written. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Future<PreparedEntry> future : bySource.values()) {
            if (future.isDone() && !future.isCancelled()) {
                try {
                    preparer.release(future.get());
                } catch (ExecutionException | InterruptedException ignored) {
                    // nothing to free: the task failed, or its spill folder goes with the work folder
                }
            }
        }
        preparer.awaitReleased();
    }

    private static Object sourceOf(PayloadFile file) {
        return file.isReport() ? file.path() : Objects.requireNonNull(file.evidence());
    }

    /**
     * An evidence file's entry, refused when its bytes no longer have the SHA-256 the audit took (the file changed
     * during the run: the reports would describe other bytes than the pack holds).
     */
    private PreparedEntry prepareEvidence(PayloadFile file) throws IOException {
        return checked(file, prepareFile(Objects.requireNonNull(file.evidence()), file.path()));
    }

    private PreparedEntry checked(PayloadFile file, PreparedEntry entry) throws IOException {
        if (!entry.content().sha256().equals(file.sha256())) {
            preparer.release(entry);
            throw new EvidenceChangedException(
                    Objects.requireNonNull(file.evidence()),
                    file.sha256(),
                    entry.content().sha256());
        }
        return entry;
    }

    private PreparedEntry prepareFile(Path source, String name) throws IOException {
        try (InputStream in = InputFile.open(source)) {
            return preparer.prepare(in, InputFile.size(source), source, name, false);
        }
    }

    /** Renders a report to a file of the run's own; a stored report (the workbook) is then packed from it. */
    private PreparedEntry prepareReport(ReportWriter report, PackContext context, Path folder) throws IOException {
        Path rendered = Files.createTempFile(folder, "report-", ".bin");
        boolean prepared = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(rendered), 1 << 16)) {
                report.write(context, new UnclosableStream(out));
            }
            PreparedEntry entry = preparer.prepare(rendered, report.path(), true);
            prepared = true;
            return entry;
        } finally {
            if (!prepared) {
                Files.deleteIfExists(rendered);
            }
        }
    }

    /** Lets a report writer close "its" stream without closing ours. */
    private static final class UnclosableStream extends FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
