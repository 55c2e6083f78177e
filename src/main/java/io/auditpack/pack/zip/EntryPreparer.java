package io.auditpack.pack.zip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.jspecify.annotations.Nullable;

/**
 * Reads a source once and makes its entry ready: the {@link CompressionRule} picks STORED or DEFLATED from the
 * first bytes, and the same pass feeds the SHA-256, the CRC-32 and, for a deflated entry, the deflater. The
 * deflated output stays in memory while it fits the shared memory budget (and is at most {@link #MAX_IN_MEMORY}
 * bytes), otherwise it goes to a spill file in the given folder. A stored file is not copied at all: its entry is
 * the file itself, read again when it is written ({@link PreparedEntry#fromSource}), which costs a read from the
 * page cache instead of a copy held in memory or written to and read back from a spill file. A raw DEFLATE stream
 * (no zlib wrapper) at {@link CompressionRule#DEFLATE_LEVEL} with the default strategy depends only on the content,
 * so the entry's bytes do not depend on which thread prepared it.
 */
public final class EntryPreparer {
    public static final int MAX_IN_MEMORY = 8 << 20;
    private static final int BUFFER = 64 * 1024;

    private final @Nullable Path spillFolder;
    private final MemoryBudget budget;
    private final long maxInMemory;
    private @Nullable ExecutorService deleter;

    /**
     * Prepares entries within {@code memoryBudget} bytes of heap, spilling into {@code spillFolder}; with a budget of
     * 0, every entry read from a stream is spilled (a worker's, handed to another process by its spill file).
     */
    public EntryPreparer(@Nullable Path spillFolder, long memoryBudget) {
        this.spillFolder = spillFolder;
        this.budget = new MemoryBudget(memoryBudget);
        this.maxInMemory = memoryBudget > 0 ? MAX_IN_MEMORY : 0;
    }

    /**
     * Prepares the entry of a file: a stored one is only digested (the file is its raw bytes), a deflated one as
     * {@link #prepare(InputStream, long, String)}. {@code ownsSource}: the file is the run's own, deleted once it is
     * written (or at once, when its deflated bytes are kept instead).
     */
    public PreparedEntry prepare(Path source, String name, boolean ownsSource) throws IOException {
        long size = Files.size(source);
        try (InputStream in = Files.newInputStream(source)) {
            return prepare(in, size, source, name, ownsSource);
        }
    }

    /**
     * As {@link #prepare(Path, String, boolean)}, from {@code in}, the source opened by the caller (who closes it);
     * {@code size} is the expected length.
     */
    public PreparedEntry prepare(InputStream in, long size, Path source, String name, boolean ownsSource)
            throws IOException {
        byte[] buffer = new byte[BUFFER];
        int headLength = in.readNBytes(buffer, 0, CompressionRule.HEAD);
        if (CompressionRule.methodFor(buffer, headLength) == ZipEntry.STORED) {
            return stored(in, buffer, headLength, size, source, name, ownsSource);
        }
        PreparedEntry entry = prepare(in, buffer, headLength, ZipEntry.DEFLATED, size, name);
        if (ownsSource) {
            Files.deleteIfExists(source);
        }
        return entry;
    }

    /** Prepares the entry of a stream read to its end; {@code size} is the expected length, -1 when unknown. */
    public PreparedEntry prepare(InputStream in, long size, String name) throws IOException {
        byte[] buffer = new byte[BUFFER];
        int headLength = in.readNBytes(buffer, 0, CompressionRule.HEAD);
        return prepare(in, buffer, headLength, CompressionRule.methodFor(buffer, headLength), size, name);
    }

    private static PreparedEntry stored(
            InputStream in, byte[] buffer, int headLength, long size, Path source, String name, boolean ownsSource)
            throws IOException {
        MessageDigest digest = Sha256.newDigest();
        CRC32 crc = new CRC32();
        long total = 0;
        int n = headLength;
        while (n > 0) {
            digest.update(buffer, 0, n);
            crc.update(buffer, 0, n);
            total += n;
            n = in.read(buffer);
        }
        checkSize(name, size, total);
        return PreparedEntry.fromSource(
                crc.getValue(), new Sha256.Digested(Sha256.hex(digest), total), source, ownsSource);
    }

    private static void checkSize(String name, long size, long total) throws IOException {
        if (size >= 0 && total != size) {
            throw new IOException(
                    name + ": expected " + size + " bytes, read " + total + " (file changed while packing?)");
        }
    }

    private PreparedEntry prepare(InputStream in, byte[] buffer, int headLength, int method, long size, String name)
            throws IOException {
        try (RawOutput raw = new RawOutput(budget, spillFolder, maxInMemory);
                Sink sink = new Sink(raw, method)) {
            MessageDigest digest = Sha256.newDigest();
            CRC32 crc = new CRC32();
            long total = 0;
            int n = headLength;
            while (n > 0) {
                digest.update(buffer, 0, n);
                crc.update(buffer, 0, n);
                sink.write(buffer, n);
                total += n;
                n = in.read(buffer);
            }
            sink.finish();
            checkSize(name, size, total);
            return raw.entry(method, crc.getValue(), new Sha256.Digested(Sha256.hex(digest), total));
        }
    }

    /** An entry made ready from bytes in memory, outside any budget and never spilled (for the tag files). */
    static PreparedEntry ofBytes(byte[] bytes) throws IOException {
        return new EntryPreparer(null, Long.MAX_VALUE)
                .prepare(new java.io.ByteArrayInputStream(bytes), bytes.length, "tag file");
    }

    /**
     * Gives the memory of a written entry back to the budget and deletes its spill file, on a thread of its own:
     * removing thousands of freshly written files costs the writer most of a second otherwise.
     */
    public void release(PreparedEntry entry) {
        byte[] memory = entry.inMemory();
        if (memory != null) {
            budget.give(memory.length);
            return;
        }
        if (entry.source() != null && !entry.ownsSource()) {
            return;
        }
        synchronized (this) {
            if (deleter == null) {
                deleter = Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "auditpack-spill-cleaner");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            deleter.execute(() -> {
                try {
                    entry.release();
                } catch (IOException ignored) {
                    // left for the removal of the whole work folder
                }
            });
        }
    }

    /** Waits until the spill files of released entries are deleted. */
    public synchronized void awaitReleased() {
        if (deleter != null) {
            deleter.shutdown();
            try {
                deleter.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleter = null;
        }
    }

    /** Writes content as stored, or through a raw deflater, counting the raw bytes. */
    private static final class Sink implements AutoCloseable {
        private final OutputStream out;
        private final @Nullable Deflater deflater;
        private final byte @Nullable [] compressed;
        private long rawSize;

        Sink(OutputStream out, int method) {
            this.out = out;
            this.deflater = method == ZipEntry.DEFLATED ? new Deflater(CompressionRule.DEFLATE_LEVEL, true) : null;
            this.compressed = deflater == null ? null : new byte[BUFFER];
        }

        void write(byte[] bytes, int length) throws IOException {
            if (deflater == null) {
                out.write(bytes, 0, length);
                rawSize += length;
                return;
            }
            deflater.setInput(bytes, 0, length);
            while (!deflater.needsInput()) {
                drain();
            }
        }

        void finish() throws IOException {
            if (deflater != null) {
                deflater.finish();
                while (!deflater.finished()) {
                    drain();
                }
            }
        }

        private void drain() throws IOException {
            Deflater deflating = Objects.requireNonNull(deflater);
            byte[] buffer = Objects.requireNonNull(compressed);
            int n = deflating.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH);
            out.write(buffer, 0, n);
            rawSize += n;
        }

        @Override
        public void close() {
            if (deflater != null) {
                deflater.end();
            }
        }
    }
}
