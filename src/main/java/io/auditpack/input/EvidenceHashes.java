package io.auditpack.input;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceUse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The SHA-256 (lower-case hex) of every evidence file a pack will hold, by evidence ID, taken before the audit's
 * verdict is computed so that the reports, the snapshot and the comparison with the previous version all speak of the
 * same bytes (the packer checks the bytes it packs against them). A file whose SHA-256 was declared in
 * {@code evidence.csv} was already read and checked against it when the inputs were read: the declared value is used.
 * The others are read once each (a file named by several items too), on worker threads.
 */
public final class EvidenceHashes {
    private EvidenceHashes() {}

    /**
     * The digests of the files of {@code packed} (uses of items with a verified file in {@code files}), reading on
     * {@code threads} workers.
     */
    public static Map<String, String> of(List<EvidenceUse> packed, Map<String, Path> files, int threads)
            throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        Map<Path, List<String>> toRead = new LinkedHashMap<>();
        for (EvidenceUse use : packed) {
            EvidenceItem item = use.item();
            Path file = files.get(item.id());
            if (file == null) {
                continue;
            }
            if (!item.sha256().isEmpty()) {
                digests.put(item.id(), item.sha256().toLowerCase(Locale.ROOT));
            } else {
                toRead.computeIfAbsent(file, f -> new ArrayList<>()).add(item.id());
            }
        }
        digests.putAll(read(toRead, threads));
        return digests;
    }

    private static Map<String, String> read(Map<Path, List<String>> files, int threads) throws IOException {
        if (files.isEmpty()) {
            return Map.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), task -> {
            Thread thread = new Thread(task, "auditpack-hash");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<Path, Future<String>> pending = new LinkedHashMap<>();
            files.keySet().forEach(file -> pending.put(file, pool.submit(() -> EvidenceFiles.sha256(file))));
            Map<String, String> digests = new HashMap<>();
            for (Map.Entry<Path, Future<String>> entry : pending.entrySet()) {
                String sha256 = await(entry.getKey(), entry.getValue());
                Objects.requireNonNull(files.get(entry.getKey())).forEach(id -> digests.put(id, sha256));
            }
            return digests;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String await(Path file, Future<String> digest) throws IOException {
        try {
            return digest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing " + file);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw new IOException("cannot hash evidence file " + file + ": " + e.getCause(), e.getCause());
        }
    }
}
