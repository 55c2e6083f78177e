package io.auditpack.pack.zip;

import java.io.ByteArrayOutputStream;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.jspecify.annotations.Nullable;

/**
 * Reads a source once and makes its entry ready: the {@link CompressionRule} picks STORED or DEFLATED from the
 * first bytes, and the same pass feeds the SHA-256, the CRC-32 and the raw output. The raw output stays in memory
 * while it fits the shared memory budget (and is at most {@link #MAX_IN_MEMORY} bytes), otherwise it goes to a
 * spill file in the given folder. A raw DEFLATE stream (no zlib wrapper) at {@link CompressionRule#DEFLATE_LEVEL}
 * with the default strategy depends only on the content, so the entry's bytes do not depend on which thread
 * prepared it.
 */
public final class EntryPreparer {
    public static final int MAX_IN_MEMORY = 8 << 20;
    private static final int BUFFER = 64 * 1024;

    private final @Nullable Path spillFolder;
    private final AtomicLong memoryLeft;
    private @Nullable ExecutorService deleter;

    public EntryPreparer(@Nullable Path spillFolder, long memoryBudget) {
        this.spillFolder = spillFolder;
        this.memoryLeft = new AtomicLong(memoryBudget);
    }

    /** Prepares the entry of a stream read to its end; {@code size} is the expected length, -1 when unknown. */
    public PreparedEntry prepare(InputStream in, long size, String name) throws IOException {
        byte[] buffer = new byte[BUFFER];
        int headLength = in.readNBytes(buffer, 0, CompressionRule.HEAD);
        int method = CompressionRule.methodFor(buffer, headLength);
        long reserve = size < 0 || size > MAX_IN_MEMORY ? -1 : size + 1024;
        boolean inMemory = reserve >= 0 && take(reserve);
        Path spill = inMemory ? null : Files.createTempFile(Objects.requireNonNull(spillFolder), "entry-", ".raw");
        boolean done = false;
        try (Sink sink = new Sink(inMemory ? new Bytes((int) reserve) : Files.newOutputStream(spill), method)) {
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
            if (size >= 0 && total != size) {
                throw new IOException(
                        name + ": expected " + size + " bytes, read " + total + " (file changed while packing?)");
            }
            byte[] memory = inMemory ? ((Bytes) sink.out).array() : null;
            if (inMemory) {
                memoryLeft.addAndGet(reserve - Objects.requireNonNull(memory).length);
            }
            PreparedEntry entry = new PreparedEntry(
                    method,
                    crc.getValue(),
                    new Sha256.Digested(Sha256.hex(digest), total),
                    sink.rawSize,
                    memory,
                    spill);
            done = true;
            return entry;
        } finally {
            if (!done) {
                if (inMemory) {
                    memoryLeft.addAndGet(reserve);
                } else {
                    Files.deleteIfExists(spill);
                }
            }
        }
    }

    /** An entry made ready from bytes in memory, outside any budget (for the small tag files). */
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
            memoryLeft.addAndGet(memory.length);
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

    private boolean take(long bytes) {
        while (true) {
            long left = memoryLeft.get();
            if (left < bytes) {
                return false;
            }
            if (memoryLeft.compareAndSet(left, left - bytes)) {
                return true;
            }
        }
    }

    /** A byte array output stream that hands over its array without copying it. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int capacity) {
            super(capacity);
        }

        byte[] array() {
            return buf;
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
        public void close() throws IOException {
            if (deflater != null) {
                deflater.end();
            }
            out.close();
        }
    }
}
