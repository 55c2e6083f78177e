package io.auditpack.pack.zip;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one ZIP entry made ready ahead of writing: how it is stored ({@code method}), the CRC-32 and the
 * SHA-256 of its content, the content's size, and where the raw bytes come from when the entry is written:
 * <ul>
 *   <li>{@code inMemory}: the deflated bytes, held on the heap;
 *   <li>{@code spilled}: the deflated bytes, in a spill file;
 *   <li>{@code source}: a stored entry's content is its source file itself, read again as it is written (no copy
 *       is kept); that second read is checked against the size and CRC-32 of the first, so a file changed in
 *       between fails the pack instead of being packed under another file's digest. {@code ownsSource} says the
 *       file is the run's own (a rendered report), deleted once written.
 * </ul>
 */
public record PreparedEntry(
        int method,
        long crc,
        Sha256.Digested content,
        long rawSize,
        byte @Nullable [] inMemory,
        @Nullable Path spilled,
        @Nullable Path source,
        boolean ownsSource) {
    public PreparedEntry {
        Objects.requireNonNull(content, "content must not be null");
        int places = (inMemory == null ? 0 : 1) + (spilled == null ? 0 : 1) + (source == null ? 0 : 1);
        if (places != 1) {
            throw new IllegalArgumentException("the raw bytes are in memory, in a spill file or in the source");
        }
        if (source != null && (method != ZipEntry.STORED || rawSize != content.size())) {
            throw new IllegalArgumentException("only a stored entry is read again from its source");
        }
    }

    /** An entry whose raw bytes are held in memory or in a spill file. */
    static PreparedEntry buffered(
            int method,
            long crc,
            Sha256.Digested content,
            long rawSize,
            byte @Nullable [] inMemory,
            @Nullable Path spilled) {
        return new PreparedEntry(method, crc, content, rawSize, inMemory, spilled, null, false);
    }

    /** A stored entry whose raw bytes are its source file, read again when written. */
    static PreparedEntry fromSource(long crc, Sha256.Digested content, Path source, boolean ownsSource) {
        return new PreparedEntry(ZipEntry.STORED, crc, content, content.size(), null, null, source, ownsSource);
    }

    /** The raw bytes as they go into the archive. */
    InputStream openRaw() throws IOException {
        if (inMemory != null) {
            return new ByteArrayInputStream(inMemory, 0, (int) rawSize);
        }
        if (spilled != null) {
            return Files.newInputStream(spilled);
        }
        return new CheckedSource(Files.newInputStream(Objects.requireNonNull(source)), this);
    }

    /** Frees the spill file or the run's own source file, if any (memory is left to the garbage collector). */
    void release() throws IOException {
        if (spilled != null) {
            Files.deleteIfExists(spilled);
        }
        if (source != null && ownsSource) {
            Files.deleteIfExists(source);
        }
    }

    /**
     * A source read again: at most the size first read, and at its end the same size and CRC-32, or an error that
     * names the file.
     */
    private static final class CheckedSource extends FilterInputStream {
        private final PreparedEntry entry;
        private final CRC32 crc = new CRC32();
        private long left;
        private boolean checked;

        CheckedSource(InputStream in, PreparedEntry entry) {
            super(in);
            this.entry = entry;
            this.left = entry.content().size();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left == 0) {
                check();
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n < 0) {
                check();
                return -1;
            }
            crc.update(buffer, offset, n);
            left -= n;
            return n;
        }

        private void check() throws IOException {
            if (checked) {
                return;
            }
            checked = true;
            if (left != 0 || in.read() != -1 || crc.getValue() != entry.crc()) {
                throw new IOException(entry.source() + " changed while it was being packed (its size or content "
                        + "differs from the first read); nothing was published, run again");
            }
        }
    }
}
