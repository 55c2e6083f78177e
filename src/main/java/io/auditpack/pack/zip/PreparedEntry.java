package io.auditpack.pack.zip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one ZIP entry made ready ahead of writing: how it is stored ({@code method}), the CRC-32 and the
 * SHA-256 of its content, the content's size, and the raw (already compressed, or stored) bytes, held in memory or
 * in a spill file. The digest, the CRC and the raw bytes all come from one read of the source.
 */
public record PreparedEntry(
        int method,
        long crc,
        Sha256.Digested content,
        long rawSize,
        byte @Nullable [] inMemory,
        @Nullable Path spilled) {
    public PreparedEntry {
        Objects.requireNonNull(content, "content must not be null");
        if ((inMemory == null) == (spilled == null)) {
            throw new IllegalArgumentException("the raw bytes are either in memory or in a spill file");
        }
    }

    /** The raw bytes as they go into the archive. */
    InputStream openRaw() throws IOException {
        return inMemory != null ? new ByteArrayInputStream(inMemory, 0, (int) rawSize) : Files.newInputStream(spilled);
    }

    /** Frees the spill file, if any (memory is left to the garbage collector). */
    void release() throws IOException {
        if (spilled != null) {
            Files.deleteIfExists(spilled);
        }
    }
}
