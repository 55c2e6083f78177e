package io.auditpack.pack;

import io.auditpack.guard.InputFile;
import io.auditpack.pack.bag.BagInfo;
import io.auditpack.pack.bag.BagTags;
import io.auditpack.pack.bag.Manifest;
import io.auditpack.pack.sign.PackSigner;
import io.auditpack.pack.zip.DeterministicZip;
import io.auditpack.pack.zip.EntryPreparer;
import io.auditpack.pack.zip.PreparedEntry;
import io.auditpack.pack.zip.Sha256;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Builds one pack version as a deterministic ZIP laid out as a BagIt bag under one top folder
 * {@code <job>-v<NNNN>/}.
 * <p>
 * Entry order (fixed): the payload files ({@code data/...}) sorted by path, then the tag files sorted by name:
 * {@code bag-info.txt}, {@code bagit.txt}, {@code manifest-sha256.txt}, {@code tagmanifest-sha256.txt} (and, for a
 * signed pack, {@code auditpack-tagmanifest.sig} last, since it signs the tag manifest). The payload
 * comes first because the manifests hold the hashes taken while it is written; no directory entries are written.
 * Each report is rendered once to a file in the staging folder and each distinct evidence file is read once (see
 * {@link PreparedPayload}, which does this on worker threads); an entry's SHA-256 is computed from the very bytes
 * that go into the ZIP, and the ZIP's own SHA-256 as it is written. See {@code CompressionRule},
 * {@link EntryPreparer} and {@link DeterministicZip} for the bytes of each entry: they do not depend on the number
 * of threads.
 */
public final class PackBuilder {
    private final List<ReportWriter> reports;
    private final int threads;
    private final long memoryBudget;
    private final @Nullable PackSigner signer;
    private final @Nullable EvidencePreparation elsewhere;

    /** A builder that prepares entries on one worker per available processor. */
    public PackBuilder(List<ReportWriter> reports) {
        this(reports, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A builder that also signs each pack's tag manifest ({@link PackSigner}), one worker per available processor;
     * {@code signer} may be null.
     */
    public PackBuilder(List<ReportWriter> reports, @Nullable PackSigner signer) {
        this(reports, Runtime.getRuntime().availableProcessors(), defaultMemoryBudget(), signer);
    }

    /** A builder that prepares entries on {@code threads} workers (the bytes written do not depend on it). */
    public PackBuilder(List<ReportWriter> reports, int threads) {
        this(reports, threads, defaultMemoryBudget());
    }

    /** As above, holding at most {@code memoryBudget} bytes of prepared entries in memory (the rest spills). */
    PackBuilder(List<ReportWriter> reports, int threads, long memoryBudget) {
        this(reports, threads, memoryBudget, null);
    }

    /** As above, also signing each pack's tag manifest with {@code signer} (may be null). */
    PackBuilder(List<ReportWriter> reports, int threads, long memoryBudget, @Nullable PackSigner signer) {
        this(reports, threads, memoryBudget, signer, null);
    }

    private PackBuilder(
            List<ReportWriter> reports,
            int threads,
            long memoryBudget,
            @Nullable PackSigner signer,
            @Nullable EvidencePreparation elsewhere) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.reports = List.copyOf(reports);
        this.threads = threads;
        this.memoryBudget = memoryBudget;
        this.signer = signer;
        this.elsewhere = elsewhere;
        PackLayout.checkReports(this.reports);
    }

    /**
     * This builder, with the evidence entries prepared by {@code preparation} (the workers of a distributed run)
     * instead of its own threads; the reports are still rendered here. The pack's bytes are the same.
     */
    public PackBuilder preparingEvidenceWith(EvidencePreparation preparation) {
        return new PackBuilder(reports, threads, memoryBudget, signer, preparation);
    }

    private String signingKey() {
        return signer == null ? "" : signer.keySha256();
    }

    /** The file name of a version's ZIP, e.g. {@code soc2-2026-v0003.zip}. */
    public static String zipName(String job, int version) {
        return bagName(job, version) + ".zip";
    }

    static String bagName(String job, int version) {
        return job + "-v%04d".formatted(version);
    }

    /** Writes {@code <job>-v<NNNN>.zip} for {@code context.stamp()} into the staging folder. */
    public StagedPack stage(PackContext context, Path stagingFolder) throws IOException {
        return stage(context, stagingFolder, PackProgress.NONE);
    }

    /** {@link #stage(PackContext, Path)}, telling {@code progress} about each payload file. */
    public StagedPack stage(PackContext unsigned, Path stagingFolder, PackProgress progress) throws IOException {
        PackContext context = unsigned.signedBy(signingKey());
        List<PayloadFile> plan = PackLayout.plan(context, reports);
        progress.planned(plan.size());
        String bag = bagName(context.result().job().name(), context.stamp().version());
        Path zipFile = stagingFolder.resolve(bag + ".zip");
        Path work = Files.createTempDirectory(stagingFolder, ".work-");
        boolean done = false;
        try {
            Map<String, String> payload = new TreeMap<>();
            long octets = 0;
            DeterministicZip zip =
                    new DeterministicZip(zipFile, context.result().asOf());
            try (zip;
                    PreparedPayload prepared = PreparedPayload.start(
                            plan, context, work, threads, memoryBudget, preparedElsewhere(context, plan, work))) {
                for (PayloadFile file : plan) {
                    PreparedEntry entry = prepared.get(file);
                    zip.add(bag + "/" + file.path(), entry);
                    prepared.written(file);
                    payload.put(file.path(), entry.content().sha256());
                    octets += entry.content().size();
                    progress.packed(entry.content().size());
                }
                String bagInfo = BagInfo.of(context.result(), context.stamp(), octets, plan.size(), signingKey())
                        .format();
                Map<String, String> tags = new TreeMap<>();
                tags.put(
                        BagTags.BAG_INFO,
                        zip.addText(bag + "/" + BagTags.BAG_INFO, bagInfo).sha256());
                tags.put(
                        BagTags.BAGIT,
                        zip.addText(bag + "/" + BagTags.BAGIT, BagTags.BAGIT_TEXT)
                                .sha256());
                String manifest = Manifest.of(payload).format();
                tags.put(
                        BagTags.MANIFEST,
                        zip.addText(bag + "/" + BagTags.MANIFEST, manifest).sha256());
                String tagManifest = Manifest.of(tags).format();
                zip.addText(bag + "/" + BagTags.TAGMANIFEST, tagManifest);
                if (signer != null) {
                    zip.addBytes(bag + "/" + PackSigner.SIGNATURE_FILE, signer.sign(tagManifest));
                }
            }
            StagedPack staged = new StagedPack(zipFile, zip.sha256(), octets, plan.size(), FileIdentity.of(zipFile));
            done = true;
            return staged;
        } finally {
            FileTrees.deleteQuietly(work);
            if (!done) {
                Files.deleteIfExists(zipFile);
            }
        }
    }

    /** The evidence entries prepared by {@link #elsewhere}, or none when this builder prepares them itself. */
    private Map<Path, PreparedEntry> preparedElsewhere(PackContext context, List<PayloadFile> plan, Path work)
            throws IOException {
        if (elsewhere == null) {
            return Map.of();
        }
        Map<Path, EvidencePreparation.EvidenceFile> files = new LinkedHashMap<>();
        for (PayloadFile file : plan) {
            Path evidence = file.evidence();
            if (evidence != null && !files.containsKey(evidence)) {
                files.put(
                        evidence,
                        new EvidencePreparation.EvidenceFile(
                                evidence, file.path(), Files.size(evidence), file.sha256()));
            }
        }
        if (files.isEmpty()) {
            return Map.of();
        }
        return elsewhere.prepare(context.result().job().name(), List.copyOf(files.values()), work);
    }

    /** Memory for prepared entries waiting to be written: an eighth of the heap, at most 256 MiB. */
    private static long defaultMemoryBudget() {
        return Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);
    }

    /**
     * Whether the pack of this context would have exactly this payload manifest and bag-info, decided without
     * writing a ZIP and stopping at the first difference: the payload's paths first (no I/O), then the evidence files
     * by the SHA-256 the audit took of them (no file is read), then the reports, rendered into digests on the
     * builder's worker threads and compared as each digest is ready, and last the bag-info text (the evidence
     * files' sizes are taken for its Payload-Oxum then).
     *
     * @throws IllegalArgumentException when {@code manifestText} is not a manifest
     */
    public boolean wouldEqual(PackContext unsigned, String manifestText, String bagInfoText) throws IOException {
        PackContext context = unsigned.signedBy(signingKey());
        Map<String, String> expected = Manifest.parse(manifestText).sha256ByPath();
        List<PayloadFile> plan = PackLayout.plan(context, reports);
        if (!plan.stream().map(PayloadFile::path).collect(Collectors.toSet()).equals(expected.keySet())) {
            return false;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "auditpack-compare");
            thread.setDaemon(true);
            return thread;
        });
        try {
            long[] octets = {0};
            List<PayloadFile> reportFiles =
                    plan.stream().filter(PayloadFile::isReport).toList();
            List<PayloadFile> evidenceFiles =
                    plan.stream().filter(file -> !file.isReport()).toList();
            if (!evidenceMatches(evidenceFiles, expected) || !allMatch(reportFiles, context, expected, pool, octets)) {
                return false;
            }
            octets[0] += evidenceOctets(evidenceFiles);
            return BagInfo.of(context.result(), context.stamp(), octets[0], plan.size(), signingKey())
                    .format()
                    .equals(bagInfoText);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Renders these reports into digests on the pool and compares each digest with the expected one as soon as it is
     * ready; false at the first difference. Adds the payload octets to {@code octets}.
     */
    private static boolean allMatch(
            List<PayloadFile> files,
            PackContext context,
            Map<String, String> expected,
            ExecutorService pool,
            long[] octets)
            throws IOException {
        CompletionService<Boolean> checks = new ExecutorCompletionService<>(pool);
        for (PayloadFile report : files) {
            checks.submit(() -> {
                Sha256.Digested digested = digestReport(Objects.requireNonNull(report.report()), context);
                synchronized (octets) {
                    octets[0] += digested.size();
                }
                return digested.sha256().equals(expected.get(report.path()));
            });
        }
        try {
            for (int i = 0; i < files.size(); i++) {
                if (!checks.take().get()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while comparing with the latest version");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("comparing with the latest version failed: " + cause, cause);
        }
    }

    /** Whether every evidence file has the expected SHA-256, by the digest the audit took of it (no I/O). */
    private static boolean evidenceMatches(List<PayloadFile> files, Map<String, String> expected) {
        return files.stream().allMatch(file -> file.sha256().equals(expected.get(file.path())));
    }

    /** The payload octets of the evidence entries: each distinct file's size (a file stat), once per entry. */
    private static long evidenceOctets(List<PayloadFile> files) throws IOException {
        Map<Path, Long> sizes = new HashMap<>();
        long octets = 0;
        for (PayloadFile file : files) {
            Path evidence = Objects.requireNonNull(file.evidence(), file.path());
            Long size = sizes.get(evidence);
            if (size == null) {
                size = InputFile.size(evidence);
                sizes.put(evidence, size);
            }
            octets += size;
        }
        return octets;
    }

    private static Sha256.Digested digestReport(ReportWriter report, PackContext context) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        long[] count = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                digest.update((byte) b);
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                digest.update(b, off, len);
                count[0] += len;
            }
        };
        report.write(context, sink);
        return new Sha256.Digested(Sha256.hex(digest), count[0]);
    }
}
