package io.auditpack.pack.zip;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The raw output of one entry: on the heap, chunk by chunk, while the memory budget has room and the entry stays
 * within its largest size in memory; from the first chunk that does not fit, in a spill file (the chunks so far
 * moved there). So an entry is kept in memory by the size it compresses to, not by its source's size.
 */
final class RawOutput extends OutputStream {
    private static final int CHUNK = 64 * 1024;

    private final MemoryBudget budget;
    private final @Nullable Path spillFolder;
    private final long maxInMemory;
    private final List<byte[]> chunks = new ArrayList<>();
    private byte @Nullable [] current;
    private int used;
    private long size;
    private long taken;
    private @Nullable Path spill;
    private @Nullable OutputStream spillStream;
    private boolean handedOver;

    /**
     * Raw output kept within {@code budget}, at most {@code maxInMemory} bytes, else in {@code spillFolder}; with
     * {@code maxInMemory} 0, always in a spill file.
     */
    RawOutput(MemoryBudget budget, @Nullable Path spillFolder, long maxInMemory) {
        this.budget = budget;
        this.spillFolder = spillFolder;
        this.maxInMemory = maxInMemory;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int at = offset;
        int left = length;
        while (left > 0) {
            if (spillStream != null) {
                spillStream.write(bytes, at, left);
                size += left;
                return;
            }
            if (current == null || used == current.length) {
                nextChunk();
                continue;
            }
            int n = Math.min(left, current.length - used);
            System.arraycopy(bytes, at, current, used, n);
            used += n;
            size += n;
            at += n;
            left -= n;
        }
    }

    private void nextChunk() throws IOException {
        if ((spillFolder == null || size + CHUNK <= maxInMemory) && budget.take(CHUNK)) {
            taken += CHUNK;
            current = new byte[CHUNK];
            chunks.add(current);
            used = 0;
            return;
        }
        startSpill();
    }

    /** Moves the chunks so far into a new spill file, which takes every later byte. */
    private void startSpill() throws IOException {
        spill = Files.createTempFile(Objects.requireNonNull(spillFolder, "spill folder"), "entry-", ".raw");
        spillStream = new java.io.BufferedOutputStream(Files.newOutputStream(spill), CHUNK);
        for (byte[] chunk : chunks) {
            spillStream.write(chunk, 0, chunk == current ? used : chunk.length);
        }
        chunks.clear();
        current = null;
        budget.give(taken);
        taken = 0;
    }

    /** The entry of these raw bytes; the memory kept is then exactly their size. */
    PreparedEntry entry(int method, long crc, Sha256.Digested content) throws IOException {
        if (spillStream == null && maxInMemory <= 0) {
            startSpill(); // nothing may stay in memory, not even an empty entry
        }
        if (spillStream != null) {
            spillStream.close();
            handedOver = true;
            return PreparedEntry.buffered(method, crc, content, size, null, spill);
        }
        byte[] memory = new byte[(int) size];
        int at = 0;
        for (byte[] chunk : chunks) {
            int n = chunk == current ? used : chunk.length;
            System.arraycopy(chunk, 0, memory, at, n);
            at += n;
        }
        chunks.clear();
        budget.give(taken - memory.length);
        taken = 0;
        handedOver = true;
        return PreparedEntry.buffered(method, crc, content, size, memory, null);
    }

    /** Gives back what an entry that failed took. */
    @Override
    public void close() throws IOException {
        if (handedOver) {
            return;
        }
        budget.give(taken);
        taken = 0;
        if (spillStream != null) {
            spillStream.close();
            Files.deleteIfExists(Objects.requireNonNull(spill));
        }
    }
}
